import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut } from './support';

// Katendrecht's start story from the demo data: the scan that started it, and its recruitment, in the portal.
const ADMIN = 'Medewerker landelijk bureau';
const COORDINATOR = 'Coördinator van Katendrecht';

test('the national office sees the scan that started Katendrecht; its coordinator follows a resident through intake', async ({ page }) => {
  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Buurtscans');
  await expect(page.getByRole('heading', { level: 1, name: 'Buurtscans' })).toBeVisible();
  const scan = page.getByTestId('neighbourhood-scan').filter({ hasText: 'Katendrecht' }).first();
  await expect(scan).toContainText('Inwoners');
  await expect(scan).toContainText('CBS 85618NED, 2023');
  await expect(scan).toContainText('Buurthuis De Kaap');
  await expect(scan.getByTestId('scan-decision')).toContainText('Besloten: starten met Buurtvolk Katendrecht.');
  await expectAccessible(page);

  await openFromMenu(page, 'Werving per wijk');
  await expect(page.getByRole('heading', { level: 1, name: 'Werving per wijk' })).toBeVisible();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
  const katendrecht = page.getByTestId('recruitment-funnel').filter({ hasText: 'Katendrecht' });
  await expect(katendrecht).toContainText('Kennismakingsgesprek gehad');
  await expect(katendrecht.getByRole('row', { name: /Lid geworden/ })).toContainText('16');
  await signOut(page);

  await signInAs(page, COORDINATOR);
  await openFromMenu(page, 'Werving');
  await expect(page.getByRole('heading', { level: 1, name: 'Werving' })).toBeVisible();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
  const funnel = page.getByTestId('recruitment-funnel');
  await expect(funnel.getByRole('row', { name: /Geïnteresseerd/ })).toContainText('29');
  await expect(funnel.getByRole('row', { name: /Na 3 maanden/ })).toContainText('16 nog actief');

  await page.getByLabel('Waar', { exact: true }).fill('Verboomstraat');
  await page.getByLabel('Aantal gesproken bewoners').fill('12');
  await page.getByLabel('Waarvan geïnteresseerd').fill('3');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('outreach-moment').filter({ hasText: 'Verboomstraat' })).toContainText('12 gesproken, 3 geïnteresseerd');

  const name = `Ilse ${Date.now() % 100_000}`;
  await page.getByLabel('Voornaam').fill(name);
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  const candidate = page.getByTestId('recruitment-candidate').filter({ hasText: name });
  await expect(candidate).toBeVisible();
  await candidate.getByLabel('Kennismakingsgesprek op').fill(new Date().toISOString().slice(0, 10));
  await candidate.getByRole('button', { name: 'Stappen opslaan' }).click();
  await candidate.getByLabel('Afloop').selectOption({ label: 'Niet meegedaan' });
  await candidate.getByLabel('Reden').selectOption({ label: 'Geen tijd' });
  await candidate.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(candidate).toContainText('Niet meegedaan');
  await expect(candidate).toContainText('Geen tijd');
  await expectAccessible(page);
  await signOut(page);
});
