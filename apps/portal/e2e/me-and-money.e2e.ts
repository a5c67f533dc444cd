import { expect, type Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, openFromMenu, screenshots, signInAs, signOut, todayInAmsterdam } from './support';

// Only team Delfshaven: its member ("Teamlid") and its coordinator. Every claim has a text of its own, so a re-run
// against the same database finds its own claim among those of earlier runs.
const TEAM = 'Delfshaven';
const VOLUNTEER = `Teamlid van ${TEAM}`;
const COORDINATOR = `Coördinator van ${TEAM}`;
/** A tiny PNG, as the photo of a receipt. */
const RECEIPT = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Three sign-ins and an accessibility check at every step: more than the default 90 s on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function openMe(page: Page): Promise<void> {
  await openFromMenu(page, 'Mijn gegevens');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mijn declaraties' })).toBeVisible();
}

async function openMoney(page: Page): Promise<void> {
  await openFromMenu(page, 'Geld');
  await expect(page.getByRole('heading', { level: 1, name: 'Geld van het team' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Declaraties om te beoordelen' })).toBeVisible();
}

/** Drafts a claim on the Me page and submits it; returns the claim as listed. */
async function draftAndSubmit(page: Page, description: string, amount: string) {
  await page.getByRole('button', { name: 'Nieuwe declaratie maken' }).click();
  await page.getByLabel('Waarvoor heeft u betaald?').fill(description);
  await page.getByLabel('Soort kosten').selectOption({ label: 'Reiskosten' });
  await expect(page.getByLabel('Datum van betalen')).toHaveValue(todayInAmsterdam());
  await page.getByLabel("Bedrag in euro's").fill(amount);
  await page.getByLabel('Foto of scan van het bonnetje').setInputFiles({ name: 'bonnetje.png', mimeType: 'image/png', buffer: RECEIPT });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw declaratie is opgeslagen als concept' })).toBeVisible();
  const claim = page.getByTestId('my-claim').filter({ hasText: description });
  await expect(claim).toContainText('Concept, nog niet ingediend');
  await expect(claim).toContainText('Reiskosten');
  await claim.getByRole('button', { name: /^Indienen/ }).click();
  await expect(claim).toContainText('Ingediend, wacht op beoordeling');
  await expect(page.getByRole('status').filter({ hasText: 'is ingediend' })).toBeVisible();
  return claim;
}

test('a volunteer drafts and submits a claim, their coordinator approves it, and the volunteer sees it approved', async ({ page }) => {
  const description = unique('Buskaartje naar de buurtochtend');
  await signInAs(page, VOLUNTEER, TEAM);
  await openMe(page);
  await expectAccessible(page);

  // An amount without a valid number is refused at its field, before anything is sent.
  await page.getByRole('button', { name: 'Nieuwe declaratie maken' }).click();
  await page.getByLabel("Bedrag in euro's").fill('twee euro');
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(page.getByText('Vul een bedrag in dat groter is dan 0')).toBeVisible();
  await expect(page.getByLabel('Waarvoor heeft u betaald?')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Annuleren' }).click();

  const mine = await draftAndSubmit(page, description, '2,50');
  await expect(mine).toContainText('2,50');
  await expectAccessible(page);
  await screenshots(page, 'me');
  await signOut(page);

  await signInAs(page, COORDINATOR, TEAM);
  await openMoney(page);
  const toDecide = page.getByTestId('claim-to-decide').filter({ hasText: description });
  await expect(toDecide).toContainText('2,50');
  await expect(toDecide).toContainText('Reiskosten');
  await expectAccessible(page);
  await toDecide.getByRole('button', { name: /^Goedkeuren/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is goedgekeurd' })).toBeVisible();
  await expect(toDecide).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, VOLUNTEER, TEAM);
  await openMe(page);
  await expect(page.getByTestId('my-claim').filter({ hasText: description })).toContainText('Goedgekeurd');
});

test("a coordinator's own claim shows no approve button on the money page", async ({ page }) => {
  const description = unique('Stiften en papier voor de bewonersavond');
  await signInAs(page, COORDINATOR, TEAM);
  await openMe(page);
  await draftAndSubmit(page, description, '1,75');

  await openMoney(page);
  const own = page.getByTestId('claim-to-decide').filter({ hasText: description });
  await expect(own).toContainText('1,75');
  await expect(own).toContainText('Een andere coördinator of het landelijk bureau beoordeelt uw eigen declaratie');
  await expect(own.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Budget/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Budget/ })).toContainText('Activiteiten en declaraties');
  await expectAccessible(page);
  await screenshots(page, 'money');
});

test('a volunteer downloads everything Buurtvolk keeps about them', async ({ page }) => {
  await signInAs(page, VOLUNTEER, TEAM);
  await openMe(page);
  const displayName = (
    await page.locator('.me-details dt', { hasText: 'Naam die uw team ziet' }).locator('xpath=following-sibling::dd[1]').textContent()
  )?.trim();
  expect(displayName).toBeTruthy();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`buurtvolk-mijn-gegevens-${todayInAmsterdam()}.json`);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.volunteers.profile.displayName).toBe(displayName);
  expect(JSON.stringify(exported)).toContain(displayName!);
  await expect(page.getByRole('status').filter({ hasText: 'Het bestand staat in uw downloads.' })).toBeVisible();
  await expectAccessible(page);
});

test('a volunteer gives and withdraws consent for photos, and the page shows the new state', async ({ page }) => {
  await signInAs(page, VOLUNTEER, TEAM);
  await openMe(page);
  const photos = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: "Foto's" }) });
  await expect(photos).toContainText('Buurtvolk mag foto');
  const give = photos.getByRole('button', { name: "Toestemming geven voor Foto's" });
  const withdraw = photos.getByRole('button', { name: "Toestemming intrekken voor Foto's" });
  await expect(give.or(withdraw)).toBeVisible();

  // A run stopped half-way may have left the consent given; then this run only withdraws it.
  if (await give.isVisible()) {
    await give.click();
    await expect(page.getByRole('status').filter({ hasText: "U heeft toestemming gegeven voor Foto's." })).toBeVisible();
  }
  await expect(photos).toContainText('Gegeven op');
  await expectAccessible(page);

  // Withdrawing asks first; saying no keeps it.
  await withdraw.click();
  await expect(photos).toContainText("Weet u zeker dat u uw toestemming voor Foto's wilt intrekken?");
  await expectAccessible(page);
  await photos.getByRole('button', { name: 'Nee, niet intrekken' }).click();
  await expect(photos).toContainText('Gegeven op');

  await withdraw.click();
  await photos.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: "U heeft uw toestemming voor Foto's ingetrokken." })).toBeVisible();
  await expect(photos).toContainText('Ingetrokken op');
  await expect(give).toBeVisible();
  await expectAccessible(page);
});
