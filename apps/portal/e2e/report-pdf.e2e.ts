import { type Download, expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, openFromMenu, signInAs } from './support';

/** Presses a "PDF downloaden" button and returns the saved file's name and bytes, once the page says it is saved. */
async function downloadPdf(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const name = download.suggestedFilename();
  await expect(page.getByRole('status').filter({ hasText: `${name} is gedownload.` })).toBeVisible();
  return { name, bytes: readFileSync((await download.path())!) };
}

test('a partner downloads the PDF report of their neighbourhood under a Dutch file name', async ({ page }) => {
  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await page.getByRole('combobox', { name: 'Buurt' }).selectOption({ label: 'Feijenoord (Rotterdam)' });
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Feijenoord in \d{4}/ })).toBeVisible();
  const { name, bytes } = await downloadPdf(page, page.getByRole('button', { name: 'PDF downloaden' }));
  expect(name).toMatch(/^impactrapport-feijenoord-\d{4}\.pdf$/);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page);
});

test('an admin downloads a neighbourhood’s PDF report from the national overview', async ({ page }) => {
  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Landelijk overzicht');
  await expect(page.getByRole('heading', { level: 2, name: 'Rapporten per buurt als PDF' })).toBeVisible();
  const { name, bytes } = await downloadPdf(page, page.getByRole('button', { name: 'PDF downloaden: Charlois' }));
  expect(name).toMatch(/^impactrapport-charlois-\d{4}\.pdf$/);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
