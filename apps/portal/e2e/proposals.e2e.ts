import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut } from './support';

// Deciding together in Feijenoord, whose demo has an open proposal (the member below voted for it), an accepted one
// with its commitment in finance and a rejected one.
const TEAM = 'Feijenoord';
const VOLUNTEER = `Teamlid van ${TEAM}`;
const COORDINATOR = `Coördinator van ${TEAM}`;

test.slow();

test('a member changes their vote and proposes; the coordinator carries out the accepted spending', async ({ page }) => {
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Voorstellen');
  await expect(page.getByRole('heading', { level: 1, name: 'Voorstellen' })).toBeVisible();
  await expect(page.getByText('Zo beslist het team: Minstens 50% van de leden stemt')).toBeVisible();

  const open = page.getByRole('article', { name: 'Volgend jaar: duurzaamheid' });
  await expect(open).toContainText('Jouw stem: Voor.');
  await open.getByRole('button', { name: 'Tegen' }).click();
  await expect(open).toContainText('Jouw stem: Tegen.');
  await expect(open.getByRole('button', { name: 'Tegen' })).toHaveAttribute('aria-pressed', 'true');

  const accepted = page.getByRole('article', { name: 'Plantenbakken voor de Oranjeboomstraat' });
  await expect(accepted).toContainText('Aangenomen.');
  await expect(accepted).toContainText('14 van de 18 leden stemden');
  await expect(page.getByRole('article', { name: 'Wandelgroep op zaterdagochtend' })).toContainText('Verworpen.');

  const form = page.getByRole('region', { name: 'Een voorstel doen' });
  await form.getByLabel('Titel').fill('Prikstokken en vuilniszakken');
  await form.getByLabel('Wat stel je voor, en waarom?').fill('Voor de maandelijkse opruimronde door de wijk.');
  await form.getByLabel('Bedrag in euro').fill('85,50');
  await form.getByLabel('Waaraan wordt het geld uitgegeven?').fill('Tien prikstokken en een rol vuilniszakken');
  await form.getByRole('button', { name: 'Voorstel indienen' }).click();
  await expect(form.getByRole('status')).toContainText('Je voorstel staat open.');
  await expect(page.getByRole('article', { name: 'Prikstokken en vuilniszakken' })).toContainText('€');
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, COORDINATOR, TEAM);
  await openFromMenu(page, 'Voorstellen');
  const commitments = page.getByRole('region', { name: /Vastgelegd geld/ });
  const planters = commitments.getByRole('article', { name: 'Plantenbakken voor de Oranjeboomstraat' });
  await expect(planters).toContainText('Nog uit te voeren');
  await planters.getByRole('button', { name: 'Plantenbakken voor de Oranjeboomstraat uitvoeren' }).click();
  await planters.getByLabel('Werkelijk uitgegeven, in euro').fill('340,00');
  await planters.getByLabel('Waaraan (zonder namen van personen)').fill('Zes plantenbakken bij het tuincentrum');
  await planters.getByRole('button', { name: 'Uitgave boeken' }).click();
  await expect(planters).toContainText('Uitgevoerd');
  await expect(planters).toContainText('Geboekt in de administratie');
  await expectAccessible(page);
  await signOut(page);
});
