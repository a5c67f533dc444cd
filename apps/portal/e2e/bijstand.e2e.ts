import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut, tokenOf, todayInAmsterdam } from './support';

// Social assistance (bijstand) is the person's to tell; an admin sees it on the person's page and records the
// municipality's consent; the yearly statement downloads as a PDF. Team Leiden-Noord, which no other test uses.
const TEAM = 'Leiden-Noord';
const VOLUNTEER = 'Teamlid van Leiden-Noord';
const ADMIN = 'Medewerker landelijk bureau';
const year = todayInAmsterdam().slice(0, 4);

test.slow();

test('a volunteer records bijstand and downloads their yearly statement; an admin sees it and records the municipality’s consent', async ({
  page,
  request,
}) => {
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Mijn gegevens');
  const section = page.getByTestId('bijstand');
  await expect(section.getByRole('heading', { level: 2, name: 'Bijstand' })).toBeVisible();
  await expect(section).toContainText('Bent u jonger dan 27, dan vergoeden wij alleen uw onkosten');
  await expect(section).toContainText('uw coördinator niet');
  // A run before this one may have recorded it already.
  if (!(await section.getByRole('button', { name: 'Bijstand beëindigen' }).isVisible())) {
    await section.getByLabel('Bijstand sinds').fill(`${year}-01-01`);
    await section.getByRole('button', { name: 'Ik krijg bijstand' }).click();
    await expect(section.getByRole('status')).toContainText('De bijstand is vastgelegd.');
  }
  await expect(section.getByRole('listitem').first()).toContainText('Bijstand sinds');
  await expect(section.getByRole('button', { name: 'Bijstand beëindigen' })).toBeVisible();

  const statements = page.getByTestId('statements');
  await expect(statements.getByRole('heading', { level: 2, name: 'Jaaroverzicht vergoedingen' })).toBeVisible();
  const download = page.waitForEvent('download');
  await statements.getByRole('button', { name: 'Overzicht downloaden (PDF)' }).click();
  expect((await download).suggestedFilename()).toBe(`buurtvolk-vergoedingen-${year}.pdf`);
  await expect(statements.getByRole('status')).toContainText(`buurtvolk-vergoedingen-${year}.pdf is gedownload.`);
  await expectAccessible(page);
  await signOut(page);

  // The admin opens the person's page: the fact, the consent form and the statements.
  const token = await tokenOf(request, 'volunteer:leiden-noord');
  const volunteerId = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, string>).volunteer;
  expect(volunteerId).toBeTruthy();
  await signInAs(page, ADMIN);
  await page.goto(`/beheer/mensen/${volunteerId}`);
  const fact = page.getByTestId('bijstand');
  await expect(fact.getByRole('listitem').first()).toContainText('Bijstand sinds');
  const consent = page.getByTestId('municipal-consent');
  await consent.getByLabel('Gemeente').fill('Gemeente Leiden');
  await consent.getByLabel('Kenmerk of notitie').fill('brief SZW/2026/42');
  await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(consent.getByRole('status')).toContainText('De toestemming is vastgelegd.');
  await expect(consent.getByRole('listitem').filter({ hasText: 'Gemeente Leiden' }).first()).toContainText('brief SZW/2026/42');
  await expect(page.getByTestId('statements').getByRole('button', { name: 'Overzicht downloaden (PDF)' })).toBeVisible();
  await expectAccessible(page);
});
