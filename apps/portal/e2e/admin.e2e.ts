import { expect, type Locator, test } from '@playwright/test';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, tokenOf } from './support';

// The national office's overview, organisation tables and audit log, on the demo data.

async function columnTexts(table: Locator, column: number): Promise<string[]> {
  return (await table.locator(`tbody tr > :nth-child(${column})`).allTextContents()).map((text) => text.trim());
}

test('staff land on the national overview: totals, hours per theme as a chart and a table, teams behind, training gaps', async ({
  page,
  request,
}) => {
  const year = new Date().getFullYear();
  const admin = await tokenOf(request, 'admin');
  const { nationalHours } = await graphql<{ nationalHours: { approvedHours: number }[] }>(
    request,
    admin,
    'query AdminE2eHours($year: Int!) { nationalHours(year: $year) { approvedHours } }',
    { year },
  );
  const total = Math.round(nationalHours.reduce((sum, row) => sum + row.approvedHours, 0));

  await signInAs(page, 'Medewerker landelijk bureau');
  await expect(page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Staafdiagram/ })).toBeVisible();
  await expect(page.locator('.chart svg')).toBeVisible();
  const municipalities = page.getByRole('table', { name: `Goedgekeurde uren per gemeente en thema in ${year}` });
  await expect(municipalities.getByRole('rowheader', { name: 'Rotterdam (GM0599)' })).toBeVisible();
  const totals = (await columnTexts(municipalities, 8)).map((text) => Number(text.replace(/\./g, '').replace(',', '.')));
  // Each municipality's total is rounded for display; their sum stays within a rounding of the true total.
  expect(Math.abs(totals.reduce((sum, value) => sum + value, 0) - total)).toBeLessThanOrEqual(totals.length);
  await expect(page.getByRole('heading', { name: `Teams die achterlopen op de belofte van het eerste jaar (${year})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trainingen die nog ontbreken' })).toBeVisible();
  await page.getByText('Toon als tabel').first().click();
  await expect(page.getByRole('table', { name: `Goedgekeurde uren per thema in ${year}` })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'admin-national');
});

test('staff search, filter and sort the teams, neighbourhoods, partners and memberships', async ({ page }) => {
  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Organisatie');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisatie' })).toBeVisible();

  const teams = page.getByRole('table', { name: 'Teams' });
  await expect(teams.getByRole('row').nth(1)).toBeVisible();
  const neighbourhoodHeader = teams.getByRole('columnheader', { name: 'Buurt' });
  await neighbourhoodHeader.getByRole('button').click();
  await expect(neighbourhoodHeader).toHaveAttribute('aria-sort', 'ascending');
  await neighbourhoodHeader.getByRole('button').click();
  await expect(neighbourhoodHeader).toHaveAttribute('aria-sort', 'descending');
  const places = (await columnTexts(teams, 2)).map((text) => text.split(', ').pop()!);
  expect(new Set(places).size).toBeGreaterThan(1);
  await page.getByLabel('Plaats').selectOption('Rotterdam');
  expect(new Set((await columnTexts(teams, 2)).map((text) => text.split(', ').pop()))).toEqual(new Set(['Rotterdam']));
  await page.getByLabel('Zoeken').fill('Katendrecht');
  await expect(teams.getByRole('row')).toHaveCount(2);
  await expect(teams.getByRole('rowheader', { name: /Katendrecht/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^1 van \d+ te zien\.$/ })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'admin-organisation');

  await page.getByRole('navigation', { name: 'Delen van de organisatie' }).getByRole('link', { name: 'Buurten' }).click();
  const neighbourhoods = page.getByRole('table', { name: 'Buurten' });
  await expect(neighbourhoods.getByRole('rowheader', { name: 'Katendrecht' })).toBeVisible();
  await expect(neighbourhoods.getByRole('row').filter({ hasText: 'Katendrecht' })).toContainText('Gemeente Rotterdam');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Partners' }).click();
  const partners = page.getByRole('table', { name: 'Partners' });
  await page.getByLabel('Soort partner').selectOption({ label: 'Gemeente' });
  expect(new Set(await columnTexts(partners, 2))).toEqual(new Set(['Gemeente']));
  await expect(partners.getByRole('row').filter({ hasText: 'Gemeente Rotterdam' })).toContainText('Katendrecht (Rotterdam)');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Lidmaatschappen' }).click();
  const katendrecht = await page.getByLabel('Team').locator('option', { hasText: 'Katendrecht' }).first().textContent();
  await page.getByLabel('Team').selectOption({ label: katendrecht!.trim() });
  const members = page.getByRole('table', { name: /^Lidmaatschappen van .*Katendrecht/ });
  await expect(members.getByRole('cell', { name: 'Coördinator' }).first()).toBeVisible();
  await expect(members.getByRole('cell', { name: 'Lid', exact: true }).first()).toBeVisible();
  await expectAccessible(page);
});

test('staff follow one person through every service’s audit log, and narrow it by service, action and date', async ({ page, request }) => {
  const admin = await tokenOf(request, 'admin');
  const { volunteers } = await graphql<{ volunteers: { edges: { node: { id: string; displayName: string; version: number } }[] } }>(
    request,
    admin,
    'query AdminE2ePerson { volunteers(first: 1, status: ACTIVE) { edges { node { id displayName version } } } }',
  );
  const person = volunteers.edges[0].node;
  await graphql(request, admin, 'mutation AdminE2eUpdate($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { id } }', {
    input: { id: person.id, version: person.version, talents: ['koken', 'fietsen repareren'] },
  });

  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Logboek');
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  const log = page.getByRole('table', { name: 'Wijzigingen, de nieuwste eerst' });
  await expect(log.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Persoon').fill(person.displayName.slice(0, 5));
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page
    .getByRole('list', { name: /^Mensen die passen bij/ })
    .getByRole('button', { name: new RegExp(`^${person.displayName}`) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Filteren' }).click();
  // The filtered list replaces the whole log: every row then names the person.
  await expect.poll(async () => (await log.locator('tbody tr').allTextContents()).every((row) => row.includes(person.id))).toBe(true);
  await expect(log.getByRole('rowheader', { name: 'volunteer.updated' }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'admin-audit');

  await page.getByRole('button', { name: 'Andere persoon kiezen' }).click();
  await page.getByLabel('Dienst').selectOption({ label: 'Vrijwilligers' });
  await page.getByLabel('Handeling').fill('volunteer.upd');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect.poll(async () => [...new Set(await columnTexts(log, 2))]).toEqual(['Vrijwilligers']);
  await expect(log.getByRole('rowheader', { name: 'volunteer.updated' }).first()).toBeVisible();

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Vanaf').fill(tomorrow);
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page.getByText('Geen wijzigingen gevonden met deze filters.')).toBeVisible();

  await page.getByLabel('Handeling').fill('volunteer%');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page.getByLabel('Handeling')).toHaveAttribute('aria-invalid', 'true');
});
