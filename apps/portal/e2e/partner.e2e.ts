import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, screenshots, signInAs } from './support';

// The given names the demo volunteers are made from (apps/volunteers/src/demo-data.ts): a partner never sees a person.
const VOLUNTEER_NAME = /\b(Fatima|Jan|Aylin|Mohamed|Sanne|Kofi|Priya|Henk|Naima|Dewi|Ricardo|Els|Youssef|Marieke|Tariq|Ineke|Chen|Joyce|Emre|Wilma) [A-Z]\./;

async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

test('a partner sees the impact report of their neighbourhood, with tables, and downloads it without names', async ({ page }) => {
  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await expect(page.getByRole('heading', { level: 1, name: 'Resultaten in uw buurten' })).toBeVisible();
  await expect(page).toHaveURL(/\/partner/);

  await page.getByRole('combobox', { name: 'Buurt' }).selectOption({ label: 'Feijenoord (Rotterdam)' });
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page).toHaveURL(/buurt=/);
  await expect(page.getByRole('heading', { level: 2, name: /^Feijenoord in \d{4}/ })).toBeVisible();
  await expect(page.getByTestId('partner-total-hours')).toContainText('uur');
  await expect(page.getByRole('heading', { name: 'Kosten en baten (MKBA)' })).toBeVisible();
  await expect(page.getByTestId('partner-npv')).toContainText('€');

  // The charts, and the same figures as tables.
  const charts = page.getByRole('img', { name: /^Staafdiagram/ });
  await expect(charts).toHaveCount(2);
  await expect(charts.first()).toHaveAccessibleName(/Staafdiagram/);
  await expect(page.locator('main canvas, main svg').first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'partner-dashboard');

  await openAllDetails(page);
  await expect(page.getByRole('table', { name: /^Uren per thema in/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Uren, activiteiten en bereikte bewoners per maand/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Uren per thema in/ }).getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
  // A hidden count never reads 0.
  await expect(page.getByTestId('partner-active-volunteers')).not.toHaveText('0');
  await expectAccessible(page);
  expect(await page.locator('body').innerText()).not.toMatch(VOLUNTEER_NAME);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV-bestand' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^impact-feijenoord-\d{4}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Het CSV-bestand is gedownload.' })).toBeVisible();
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n').length).toBeGreaterThan(5);
  expect(csv).toContain(';');
  expect(csv).not.toMatch(VOLUNTEER_NAME);
  await expectAccessible(page);
});

test("a partner who opens another partner's neighbourhood by its address sees no figures", async ({ page }) => {
  // Find Bouwlust's address as its own partner sees it.
  await signInAs(page, 'Partner: Gemeente Den Haag (Bouwlust)', 'Bouwlust');
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page).toHaveURL(/buurt=/);
  const address = new URL(page.url());
  await expect(page.getByRole('heading', { level: 2, name: /^Bouwlust in/ })).toBeVisible();

  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await page.goto(`/partner${address.search}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Bouwlust in/ })).toHaveCount(0);
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.getByTestId('partner-total-hours')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download als CSV-bestand' })).toHaveCount(0);
  await expectAccessible(page);
});
