import { type Download, expect, type Page, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible, graphql, screenshots, signInAs, tokenOf } from './support';

// The given names the demo volunteers are made from (apps/volunteers/src/demo-data.ts): a partner never sees a person.
const VOLUNTEER_NAME =
  /\b(Fatima|Jan|Aylin|Mohamed|Sanne|Kofi|Priya|Henk|Naima|Dewi|Ricardo|Els|Youssef|Marieke|Tariq|Ineke|Chen|Joyce|Emre|Wilma) [A-Z]\./;

// The printed report goes beside the screenshots (support.ts `screenshots`).
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'dist', 'e2e', 'screenshots');

async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Presses the CSV button and returns the file's name and text, after the page said it was downloaded. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV-bestand' }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Het CSV-bestand is gedownload.' })).toBeVisible();
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** A page that says "Geen toegang" and nothing else: no report, no figure, no chart, no download. */
async function expectNoAccess(page: Page, reason: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.locator('main .chart, main .figure, main table')).toHaveCount(0);
  for (const figure of ['partner-total-hours', 'partner-ratio', 'partner-agreed-return', 'partner-npv'])
    await expect(page.getByTestId(figure)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kosten en baten (MKBA)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download als CSV-bestand' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toHaveCount(0);
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
  // Prices and costs in one price level; each survey change with its 95 % interval and whether it is demonstrable.
  await expect(page.getByTestId('partner-price-level')).toHaveText(
    /^Prijspeil \d{4}: alle prijzen en kosten zijn met de consumentenprijsindex van het CBS/,
  );
  const cohesion = page.getByRole('table', { name: /^Sociale samenhang per meting/ });
  await expect(cohesion.getByRole('columnheader', { name: '95%-betrouwbaarheidsinterval' })).toBeVisible();
  await expect(cohesion.getByRole('cell', { name: /^(niet )?aantoonbaar$/ }).first()).toBeVisible();
  // A hidden count never reads 0.
  await expect(page.getByTestId('partner-active-volunteers')).not.toHaveText('0');
  await expectAccessible(page);
  expect(await page.locator('body').innerText()).not.toMatch(VOLUNTEER_NAME);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV-bestand' }).click(),
  ]);
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

test('a partner switches to a team report and to an agreement report, sees the agreed return beside the ratio, and downloads each without names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await expect(page.getByRole('heading', { level: 1, name: 'Resultaten in uw buurten' })).toBeVisible();

  // A team of one of the partner's neighbourhoods, in a year.
  await page.getByRole('radio', { name: 'Een team' }).check();
  await page.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Buurtvolk Feijenoord' });
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page).toHaveURL(/[?&]team=[0-9a-f-]+&jaar=\d{4}$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Buurtvolk Feijenoord in \d{4} \(/ })).toBeVisible();
  await expect(page.getByTestId('partner-total-hours')).toContainText('uur');
  await expect(page.getByRole('img', { name: /^Staafdiagram: .* uur in \d{4}\./ })).toHaveCount(2);
  await expect(page.getByTestId('partner-ratio')).toBeVisible();
  await expect(page.getByTestId('partner-agreed-return')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Een team' })).toBeChecked();
  await expectAccessible(page);
  expect(await page.locator('body').innerText()).not.toMatch(VOLUNTEER_NAME);
  const teamCsv = await downloadCsv(page);
  expect(teamCsv.name).toMatch(/^impact-buurtvolk-feijenoord-\d{4}\.csv$/);
  expect(teamCsv.text.split('\n').length).toBeGreaterThan(5);
  expect(teamCsv.text).not.toMatch(VOLUNTEER_NAME);

  // The partner's own funding agreement, over its period: no year to choose.
  await page.getByRole('radio', { name: 'Een financieringsovereenkomst' }).check();
  await expect(page.getByRole('combobox', { name: 'Jaar' })).toHaveCount(0);
  const agreements = page.getByRole('combobox', { name: 'Overeenkomst' });
  const title = (await agreements.locator('option').first().textContent())!;
  expect(title).toMatch(/^Buurtvolk Rotterdam \d{4}–\d{4}$/);
  await agreements.selectOption({ label: title });
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page).toHaveURL(/[?&]overeenkomst=[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: `Overeenkomst ${title}`, exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Uren per thema van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Staafdiagram/ })).toHaveCount(2);

  // The MKBA summary, and the agreed return beside the ratio: on one row, the ratio with its range and a comparison.
  const mkba = page.getByRole('region', { name: 'Kosten en baten (MKBA)' });
  for (const figure of ['partner-costs', 'partner-benefits', 'partner-npv']) await expect(mkba.getByTestId(figure)).toContainText('€');
  const ratio = mkba.getByTestId('partner-ratio');
  const agreed = mkba.getByTestId('partner-agreed-return');
  await expect(ratio).toHaveText(/^\d+,\d+$|^—$/);
  await expect(agreed).toHaveText('1,9');
  await expect(mkba.getByRole('heading', { level: 4, name: 'Afgesproken baten per euro' })).toBeVisible();
  await expect(mkba.getByText(/^Tussen \d+(,\d+)? en \d+(,\d+)?\.$/).first()).toBeVisible();
  await expect(mkba.getByTestId('partner-ratio-compared')).toContainText('afgesproken 1,9 per euro');
  const [ratioBox, agreedBox] = [await ratio.boundingBox(), await agreed.boundingBox()];
  expect(Math.abs(ratioBox!.y - agreedBox!.y)).toBeLessThan(2);
  expect(agreedBox!.x).toBeGreaterThan(ratioBox!.x + ratioBox!.width);
  await expectAccessible(page);
  await screenshots(page, 'partner-agreement');

  await openAllDetails(page);
  await expect(mkba.getByText(`Afgesproken in "${title}", die loopt van`)).toBeVisible();
  await expect(page.getByRole('table', { name: /^Uren per thema van/ }).getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
  await expectAccessible(page);
  expect(await page.locator('body').innerText()).not.toMatch(VOLUNTEER_NAME);
  const agreementCsv = await downloadCsv(page);
  expect(agreementCsv.name).toMatch(/^impact-overeenkomst-buurtvolk-rotterdam-\d{4}-\d{4}\.csv$/);
  expect(agreementCsv.text).toContain(';');
  expect(agreementCsv.text.split('\n').length).toBeGreaterThan(5);
  expect(agreementCsv.text).not.toMatch(VOLUNTEER_NAME);
});

test('a partner prints the report: an A4 PDF with the charts and every explanation, without the menu, buttons or names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await page.getByRole('combobox', { name: 'Buurt' }).selectOption({ label: 'Feijenoord (Rotterdam)' });
  await page.getByRole('button', { name: 'Toon de resultaten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Feijenoord in \d{4}/ })).toBeVisible();
  const charts = page.locator('main .chart svg');
  await expect(charts).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // No menu, no header, no choices and no buttons on paper; the report's title and sections stay.
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Buurt' })).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Feijenoord in \d{4}/ })).toBeVisible();
  // Both charts, as wide as the text of an A4 page (210 mm less margins of 15 mm: 180 mm, 680 px) and whole.
  for (const chart of await charts.all()) {
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(660);
    expect(box.width).toBeLessThanOrEqual(681);
    expect(box.height).toBeGreaterThan(150);
  }
  // Every "how it was made" and every table is open.
  await expect(page.locator('main details:not([open])')).toHaveCount(0);
  await expect(page.getByText(/^Rekenrente /).first()).toBeVisible();
  await expect(page.getByRole('table', { name: /^Uren per thema in/ })).toBeVisible();
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('Kosten en baten (MKBA)');
  expect(printed).not.toMatch(VOLUNTEER_NAME);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'partner-report.pdf'), pdf);

  // Back on screen, the explanations fold away again.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.locator('main details[open]')).toHaveCount(0);
});

test("a partner who opens another partner's agreement or team by its address sees no figures", async ({ page, request }) => {
  const admin = await tokenOf(request, 'admin');
  const { fundingAgreements, neighbourhoods } = await graphql<{
    fundingAgreements: { id: string; funder: { id: string; name: string } }[];
    neighbourhoods: { name: string; teams: { id: string; name: string }[] }[];
  }>(
    request,
    admin,
    `
      query PartnerE2eOthers {
        fundingAgreements {
          id
          funder {
            id
            name
          }
        }
        neighbourhoods {
          name
          teams {
            id
            name
          }
        }
      }
    `,
  );
  const agreement = fundingAgreements.find((candidate) => candidate.funder.name === 'Gemeente Den Haag')!;
  const team = neighbourhoods.find((neighbourhood) => neighbourhood.name === 'Bouwlust')!.teams[0];
  expect(agreement).toBeDefined();
  expect(team).toBeDefined();

  // The API refuses it too, whatever the page decides.
  const rotterdam = await tokenOf(request, 'partner:gemeente-rotterdam');
  await expect(
    graphql(
      request,
      rotterdam,
      `
        query PartnerE2eRefused($id: ID!) {
          partner(id: $id) {
            fundingAgreements {
              id
              impact {
                totalHours
              }
            }
          }
        }
      `,
      { id: agreement.funder.id },
    ),
  ).rejects.toThrow(/own funding agreements/);

  await signInAs(page, 'Partner: Gemeente Rotterdam (Feijenoord)', 'Feijenoord');
  await page.goto(`/partner?overeenkomst=${agreement.id}`);
  await expectNoAccess(page, 'Deze overeenkomst is niet van uw organisatie.');
  await expect(page.getByRole('heading', { name: /^Overeenkomst / })).toHaveCount(0);
  expect(await page.locator('main').innerText()).not.toContain('Den Haag');
  await expectAccessible(page);

  await page.goto(`/partner?team=${team.id}`);
  await expectNoAccess(page, 'Dit team werkt niet in een buurt van uw organisatie.');
  await expect(page.getByRole('heading', { name: /Bouwlust/ })).toHaveCount(0);
  expect(await page.locator('main').innerText()).not.toContain('Bouwlust');
  await expectAccessible(page);
});
