import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut } from './support';

// The national office keeps a team's 4–6 year path; the team's coordinator sees its phase and checklist.
const ADMIN = 'Medewerker landelijk bureau';
const TEAM = 'Te Werve';
const COORDINATOR = `Coördinator van ${TEAM}`;

test('the national office moves a team forward and ticks its checklist; a move back is refused; the coordinator sees it', async ({
  page,
}) => {
  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Teamfasen');
  await expect(page.getByRole('heading', { level: 1, name: 'Teamfasen' })).toBeVisible();
  const teams = page.getByLabel('Team', { exact: true });
  const value = await teams.locator('option', { hasText: TEAM }).first().getAttribute('value');
  await teams.selectOption(value!);
  const card = page.getByTestId('team-path-admin');
  await expect(card).toBeVisible();

  // Whatever earlier runs left, a correction (with its note) sets the team to Start today …
  await card.getByLabel('Nieuwe fase').selectOption({ label: 'Start' });
  await card.getByLabel('Dit is een correctie').check();
  await card.getByRole('button', { name: 'Fase vastleggen' }).click();
  await expect(card.locator('.field--invalid')).toContainText('says why, required with a correction');
  await card.getByLabel('Toelichting', { exact: true }).fill('Opnieuw vastgelegd voor de test');
  await card.getByRole('button', { name: 'Fase vastleggen' }).click();
  await expect(card.getByRole('status')).toContainText('De fase is vastgelegd.');
  await expect(card.locator('.figure')).toContainText('Start sinds');

  // … from where it moves forward to Opbouw, and not back.
  await card.getByLabel('Nieuwe fase').selectOption({ label: 'Opbouw' });
  await card.getByRole('button', { name: 'Fase vastleggen' }).click();
  await expect(card.locator('.figure')).toContainText('Opbouw sinds');
  await card.getByLabel('Nieuwe fase').selectOption({ label: 'Verkenning' });
  await card.getByRole('button', { name: 'Fase vastleggen' }).click();
  await expect(card.locator('.field--invalid')).toContainText('moves forward only');
  await expect(card.locator('.figure')).toContainText('Opbouw sinds');

  // Ticked afresh (an earlier run may have ticked it): unticked first, then ticked, and so shown after reloading.
  const trained = page.getByLabel('Coördinatoren getraind');
  await trained.uncheck();
  await expect(trained).not.toBeChecked();
  await expect(trained).toBeEnabled();
  await trained.check();
  await expect(trained).toBeChecked();
  await expect(page.getByText(/afgevinkt op/).first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, COORDINATOR);
  await openFromMenu(page, 'Mijn team');
  const path = page.getByTestId('team-path-card');
  await expect(path).toContainText('Opbouw sinds');
  await expect(path).toContainText('✓ Gedaan: Coördinatoren getraind');
  await expect(path).toContainText('○ Nog te doen: Eerstejaarsbelofte beoordeeld');
  await expectAccessible(page);
  await signOut(page);
});
