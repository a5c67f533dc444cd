import { expect, test } from '@playwright/test';
import { expectAccessible, screenshots, signInAs } from './support';

test('the sign-in page lists the demo people and is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Aanmelden bij Buurtvolk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Medewerker landelijk bureau' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Feijenoord' }).getByRole('button', { name: 'Coördinator van Feijenoord' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'sign-in');
});

test('a volunteer lands on their home page', async ({ page }) => {
  await signInAs(page, 'Teamlid van Feijenoord', 'Feijenoord');
  await expect(page.getByRole('heading', { level: 1, name: /^Hallo / })).toBeVisible();
  await expect(page.getByTestId('team-progress')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'volunteer-home');
});
