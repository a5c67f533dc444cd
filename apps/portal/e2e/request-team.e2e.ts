import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut } from './support';

// "Een team in uw buurt? Stuur ons een bericht": a resident asks without signing in; the national office follows up.
const ADMIN = 'Medewerker landelijk bureau';

test('a resident asks for a team without signing in, and the national office declines it with a reason', async ({ page }) => {
  const reason = `Geen plek meer om elkaar te ontmoeten sinds het buurthuis dicht is (${Date.now()}).`;
  await page.goto('/');
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/');
  await page.getByRole('link', { name: 'Een team in uw buurt? Stuur ons een bericht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Een team in uw buurt?' })).toBeVisible();

  await page.getByLabel('Postcode in de buurt').fill('3071 AB');
  await page.getByLabel('Waarom zou een team de buurt helpen?').fill(reason);
  await page.getByLabel('Uw naam').fill('Fatima El Amrani');
  await page.getByLabel('Uw e-mailadres').fill('fatima@example.org');
  // Without consent the foundation cannot answer: the form says so at the checkbox.
  await page.getByRole('button', { name: 'Verzoek versturen' }).click();
  await expect(page.locator('.field--invalid')).toContainText('without it the foundation cannot answer you');
  await expectAccessible(page);
  await page.getByLabel(/Ik geef toestemming/).check();
  await page.getByRole('button', { name: 'Verzoek versturen' }).click();
  await expect(page.getByRole('status')).toContainText('Dank u wel. Uw verzoek is binnen');

  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Aanvragen');
  const card = page.getByTestId('neighbourhood-request').filter({ hasText: reason });
  await expect(card.getByRole('heading', { level: 2 })).toContainText('Feijenoord, Rotterdam: Bewoner');
  await expect(card).toContainText('fatima@example.org');
  await expect(card).toContainText('antwoorden in het Nederlands');
  await card.getByLabel('Stand van zaken').selectOption({ label: 'Afgewezen' });
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(card.locator('.field--invalid')).toContainText('is required to decline a request');
  await card.getByLabel('Reden van afwijzing').fill('Er start dit jaar al een team in Feijenoord');
  await card.getByRole('button', { name: 'Opslaan' }).click();
  // Saved, and no longer among the new requests the page shows first.
  await expect(page.getByTestId('neighbourhood-request').filter({ hasText: reason })).toHaveCount(0);
  await page.getByLabel('Toon').selectOption({ label: 'Afgewezen' });
  await expect(page.getByTestId('neighbourhood-request').filter({ hasText: reason })).toContainText('Er start dit jaar al een team');
  await expectAccessible(page);
  await signOut(page);
});
