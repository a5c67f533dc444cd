import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openFromMenu, screenshots, signInAs, signOut } from './support';

// The portal's main walk: a team member registers hours, a coordinator decides on them, and the team member and the
// coordinator see the result. Each run uses its own descriptions, so it can run again on the same data.
// The approval walk is in Crabbehof, the demo team still in its first year (from 1 September 2026), so that its
// first-year promise moves; the rejection in Feijenoord.

const VOLUNTEER = 'Teamlid van Feijenoord';
const COORDINATOR = 'Coördinator van Feijenoord';
const TEAM = 'Feijenoord';
const FIRST_YEAR_TEAM = { name: 'Crabbehof', volunteer: 'Teamlid van Crabbehof', coordinator: 'Coördinator van Crabbehof' };

// Each walk signs in and out four times and visits six page states with axe: more than the default 90 s on a busy machine.
test.slow();

/** A calendar date in Amsterdam, `days` before today. */
function amsterdamDate(days = 0): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() - days * 86_400_000));
  return parts;
}

/** "1.234,5 uur" → 1234.5 */
function dutchNumber(text: string): number {
  const match = /-?[\d.]+(,\d+)?/.exec(text.replace(/\s/g, ''));
  if (!match) throw new Error(`no number in "${text}"`);
  return Number(match[0].replace(/\./g, '').replace(',', '.'));
}

function unique(what: string): string {
  return `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Registers hours through the register-hours page as a team member would; the entry shows as submitted. */
async function registerHours(
  page: Page,
  { date, minutes, theme, description }: { date: string; minutes: number; theme: string; description: string },
) {
  await openFromMenu(page, 'Uren invullen');
  await expect(page.getByRole('heading', { level: 1, name: 'Uren invullen' })).toBeVisible();
  await page.getByLabel('Datum').fill(date);
  await page.getByRole('group', { name: 'Hoe lang?' }).getByRole('radio', { name: 'Andere tijd' }).check();
  await page.getByLabel('Uren', { exact: true }).selectOption(String(Math.floor(minutes / 60)));
  await page.getByLabel('Minuten', { exact: true }).selectOption(String(minutes % 60));
  await page.getByLabel('Thema').selectOption({ label: theme });
  await page.getByLabel(/Wat heeft u gedaan/).fill(description);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Uren indienen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is ingediend' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: description });
  await expect(entry.getByText('Ingediend')).toBeVisible();
  await expectAccessible(page);
}

/** The approved hours of this year in the dashboard's theme table ("Toon als tabel"). */
async function teamYearTotal(page: Page): Promise<number> {
  const section = page.getByRole('region', { name: /^Uren per thema in/ });
  await expect(section.getByRole('img', { name: /^Staafgrafiek van de goedgekeurde uren per thema/ })).toBeVisible();
  const details = section.locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await section.getByText('Toon als tabel').click();
  const total = section
    .getByRole('table', { name: /^Uren per thema in/ })
    .getByRole('row', { name: /^Totaal/ })
    .getByRole('cell')
    .first();
  await expect(total).toBeVisible();
  return dutchNumber((await total.textContent()) ?? '');
}

test('a team member’s hours, approved by the coordinator, count for the member and move the team’s promise', async ({ page }) => {
  const description = unique('Vuil geprikt langs de Merwede');
  const minutes = 30;
  const { name: team, volunteer, coordinator } = FIRST_YEAR_TEAM;

  // What the team member sees before.
  await signInAs(page, volunteer, team);
  const progress = page.getByTestId('team-progress');
  await expect(progress).toBeVisible();
  const progressBefore = dutchNumber((await progress.textContent()) ?? '');
  const monthBefore = dutchNumber((await page.getByTestId('hours-approved-this-month').textContent()) ?? '');
  await registerHours(page, { date: amsterdamDate(), minutes, theme: 'De Buurt', description });
  await signOut(page);

  // The coordinator looks at the team dashboard, then approves the hours.
  await signInAs(page, coordinator, team);
  await expect(page.getByRole('heading', { level: 1, name: `Uw team: Buurtvolk ${team}` })).toBeVisible();
  const firstYearBefore = dutchNumber((await page.getByTestId('team-first-year-hours').textContent()) ?? '');
  const totalBefore = await teamYearTotal(page);
  await expectAccessible(page);

  await openFromMenu(page, 'Uren goedkeuren');
  await expect(page.getByRole('heading', { level: 1, name: 'Uren goedkeuren' })).toBeVisible();
  const entry = page.getByRole('checkbox', { name: new RegExp(description) });
  await expect(entry).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'approve-hours');
  await entry.check();
  await expect(page.getByText('1 regel gekozen (0,5 uur)')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '1 regel goedkeuren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 regel goedgekeurd (0,5 uur).' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(description) })).toHaveCount(0);
  await expectAccessible(page);

  // The dashboard's first-year figure, its chart's table and the year's total count the hours.
  await openFromMenu(page, 'Mijn team');
  await expect(page.getByRole('heading', { level: 1, name: `Uw team: Buurtvolk ${team}` })).toBeVisible();
  await expect
    .poll(async () => dutchNumber((await page.getByTestId('team-first-year-hours').textContent()) ?? ''))
    .toBeCloseTo(firstYearBefore + minutes / 60, 2);
  const firstYear = page.getByRole('region', { name: 'Het eerste jaar' });
  await firstYear.getByText('Toon als tabel').click();
  const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());
  // The table beside the chart: this month's "Opgeteld" is the first year's total so far.
  const thisMonth = firstYear.getByRole('table').getByRole('row', { name: new RegExp(`^${monthName}`) });
  expect(dutchNumber((await thisMonth.getByRole('cell').nth(1).textContent()) ?? '')).toBeCloseTo(firstYearBefore + minutes / 60, 1);
  expect(await teamYearTotal(page)).toBeCloseTo(totalBefore + minutes / 60, 2);
  await expectAccessible(page);
  await screenshots(page, 'team-dashboard');
  await signOut(page);

  // The team member sees them approved, and the team's promise moved.
  await signInAs(page, volunteer, team);
  await expect(page.getByTestId('hours-approved-this-month')).toBeVisible();
  expect(dutchNumber((await page.getByTestId('hours-approved-this-month').textContent()) ?? '')).toBeCloseTo(monthBefore + minutes / 60, 2);
  expect(dutchNumber((await page.getByTestId('team-progress').textContent()) ?? '')).toBeCloseTo(progressBefore + minutes / 60, 1);
  await expectAccessible(page);
  await openFromMenu(page, 'Uren invullen');
  await expect(page.getByRole('listitem').filter({ hasText: description }).getByText('Goedgekeurd')).toBeVisible();
  await expectAccessible(page);
});

test('a coordinator rejects hours with a reason, and the team member reads it', async ({ page }) => {
  const description = unique('Koffie geschonken in het buurthuis');
  const reason = unique('Dit was een activiteit van een ander team; vul het daar in.');

  await signInAs(page, VOLUNTEER, TEAM);
  await registerHours(page, { date: amsterdamDate(2), minutes: 15, theme: 'Community/Gemeenschap', description });
  await signOut(page);

  await signInAs(page, COORDINATOR, TEAM);
  await openFromMenu(page, 'Uren goedkeuren');
  await page.getByRole('button', { name: new RegExp(`^Afwijzen: .*${description}`) }).click();
  const form = page.getByRole('form', { name: new RegExp(`^Afwijzen: .*${description}`) });
  const reasonField = form.getByLabel('Waarom wijst u deze uren af?');
  await expect(reasonField).toBeFocused();
  // Without a reason the form says so at the field.
  await form.getByRole('button', { name: 'Uren afwijzen' }).click();
  await expect(form.getByText('Schrijf een reden op van minstens 3 tekens.')).toBeVisible();
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await reasonField.fill(reason);
  await form.getByRole('button', { name: 'Uren afwijzen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'zijn afgewezen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(description) })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Uren invullen');
  const entry = page.getByRole('listitem').filter({ hasText: description });
  await expect(entry.getByText('Afgewezen')).toBeVisible();
  await expect(entry.getByText(`Reden van afwijzing: ${reason}`)).toBeVisible();
  await expectAccessible(page);
});
