import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, tokenOf } from './support';

// The national office's people pages: finding a volunteer, importing residents from a spreadsheet, and erasing someone.

const TEAM = 'Buurtvolk Katendrecht (Rotterdam)';

async function adminAsks<Data>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  return graphql<Data>(request, await tokenOf(request, 'admin'), query, variables);
}

/** The people search as a person uses it: a part of a name and, when given, a team. */
async function search(page: Page, name: string, team = '') {
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Team', { exact: true }).selectOption(team ? { label: team } : { value: '' });
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
}

const results = (page: Page) => page.getByRole('region', { name: 'Vrijwilligers die passen bij uw zoekopdracht' });

test('the national office finds a volunteer by part of their name and opens them', async ({ page, request }) => {
  // A member of the demo team Katendrecht, as the office knows them.
  const { teams } = await adminAsks<{ teams: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    'query PeopleE2eTeams { teams(first: 100) { edges { node { id name } } } }',
  );
  const team = teams.edges.find(({ node }) => node.name === 'Buurtvolk Katendrecht')!.node;
  const { volunteers } = await adminAsks<{
    volunteers: { edges: { node: { id: string; displayName: string; givenName: string; familyName: string } }[] };
  }>(
    request,
    'query PeopleE2eMember($team: ID!) { volunteers(team: $team, first: 5) { edges { node { id displayName givenName familyName } } } }',
    { team: team.id },
  );
  const person = volunteers.edges[2].node;

  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Mensen');
  await expect(page.getByRole('heading', { level: 1, name: 'Mensen' })).toBeVisible();
  await expectAccessible(page);

  // Part of the family name, in capitals, within the team.
  const part = person.familyName
    .replace(/^(de|van|El) /, '')
    .slice(0, 4)
    .toUpperCase();
  await search(page, part, TEAM);
  await expect(page).toHaveURL(/\/beheer\/mensen\?naam=/);
  const href = `a[href$="/beheer/mensen/${person.id}"]`;
  const link = results(page).locator(href);
  await expect(link).toHaveText(person.displayName);
  const row = results(page)
    .getByRole('row')
    .filter({ has: page.locator(href) });
  await expect(row).toContainText('Buurtvolk Katendrecht');
  await expect(row).toContainText('Actief');
  await expectAccessible(page);

  // Everyone with "an" in their name, page by page.
  await search(page, 'an');
  const rows = results(page).getByRole('row');
  await expect(rows).toHaveCount(21);
  await expect(page.getByText(/^20 van \d+ mensen getoond$/)).toBeVisible();
  await page.getByRole('button', { name: 'Meer laden' }).click();
  await expect(page.getByText(/^\d+ van \d+ mensen getoond$/)).not.toHaveText(/^20 van/);
  expect(await rows.count()).toBeGreaterThan(21);
  await screenshots(page, 'admin-people');

  // Back to the first search, as the browser's back button does, and open the person.
  await page.goBack();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Gegevens van ${person.displayName}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: person.familyName })).toBeVisible();
  await expect(page.getByText('Buurtvolk Katendrecht', { exact: true })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gegevens downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^buurtvolk-gegevens-${person.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.volunteerId).toBe(person.id);
  expect(exported.volunteers.profile).toMatchObject({ givenName: person.givenName, familyName: person.familyName });
  await expect(page.getByRole('status').filter({ hasText: 'is gedownload' })).toBeVisible();

  // Nobody erases a demo person by accident: the button waits for the name.
  await expect(page.getByRole('button', { name: 'Gegevens wissen' })).toBeDisabled();
  await expectAccessible(page);
});

test('the national office imports residents checked row by row, then finds and erases one', async ({ page }) => {
  const tag = Date.now().toString(36);
  const header = 'displayName;givenName;familyName;email;dateOfBirth;joinedOn';
  const renee = `Renée ${tag}`;
  const good = [
    `${renee};Renée;Proef-${tag};renee.${tag}@example.org;31-12-1980;01-09-2025`,
    `Sem ${tag};Sem;Proef-${tag};sem.${tag}@example.org;1975-05-04;`,
  ];
  const bad = `Bram ${tag};Bram;Proef-${tag};bram-at-example.org;12-03-1968;`;
  // As Excel on Windows saves "CSV": Windows-1252, so the é is one byte.
  const file = (lines: string[]) => ({
    name: 'bewoners.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...lines].join('\r\n') + '\r\n', 'latin1'),
  });

  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Mensen');
  await page.getByRole('link', { name: 'Vrijwilligers importeren uit een CSV-bestand' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vrijwilligers importeren' })).toBeVisible();
  await expectAccessible(page);

  const [example] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Voorbeeldbestand downloaden/ }).click(),
  ]);
  expect(readFileSync(await example.path(), 'utf8')).toBe(
    '\uFEFFdisplayName;givenName;familyName;email;phone;dateOfBirth;postalCode;houseNumber;joinedOn;talents;languages\r\n',
  );

  await page.getByLabel('Team', { exact: true }).selectOption({ label: TEAM });
  await page.getByLabel('CSV-bestand').setInputFiles(file([good[0], bad, good[1]]));
  await page.getByRole('button', { name: 'Controleren' }).click();
  const table = page.getByRole('region', { name: /Elke regel van het bestand \(gelezen als Windows-1252\)/ });
  const line = (number: number) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(number), exact: true }) });
  await expect(line(3)).toContainText(`Bram ${tag}`);
  await expect(line(3)).toContainText('Fout');
  await expect(line(3)).toContainText('E-mailadres (email): is geen geldig e-mailadres');
  await expect(line(2)).toContainText(renee);
  await expect(line(2)).toContainText('In orde');
  await expect(line(4)).toContainText('In orde');
  await expect(page.getByText('3 regels: 2 in orde, 1 met een fout, 0 met een waarschuwing.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Niet elke regel klopt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'admin-import');

  // The bad line taken out of the file, it is chosen again and checked again.
  await page.getByLabel('CSV-bestand').setInputFiles(file(good));
  await expect(table).toHaveCount(0);
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle 2 regels kloppen' })).toBeVisible();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 vrijwilligers zijn geïmporteerd.' })).toBeVisible();
  await expect(line(2)).toContainText('Geïmporteerd');
  await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // The new people can be found, without accents too.
  await page.getByRole('link', { name: /Naar Mensen/ }).click();
  await search(page, `renee ${tag}`);
  await expect(results(page).getByRole('row')).toHaveCount(2);
  await expect(results(page).getByRole('row').nth(1)).toContainText('Nog geen team');
  await expect(results(page).getByRole('row').nth(1)).toContainText('Kennismaking');
  await results(page).getByRole('link', { name: renee }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gegevens van ${renee}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: `Proef-${tag}` })).toBeVisible();

  // Erasing asks for the name exactly.
  const erase = page.getByRole('button', { name: 'Gegevens wissen' });
  const confirm = page.getByLabel(`Typ ter bevestiging de naam: ${renee}`);
  await confirm.fill(`Renee ${tag}`);
  await expect(erase).toBeDisabled();
  await confirm.fill(renee.toUpperCase());
  await expect(erase).toBeDisabled();
  await confirm.fill(renee);
  await expect(erase).toBeEnabled();
  await erase.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens gewist' })).toBeVisible();

  // Every service handles the erasure when its event arrives: ask again until all have.
  const services = page.locator('.person__services > li');
  await expect(services).toHaveCount(5);
  await expect
    .poll(
      async () => {
        await page.getByRole('button', { name: 'Vernieuwen' }).click();
        await expect(page.getByRole('button', { name: 'Vernieuwen' })).toBeEnabled();
        return page.getByText(/onderdelen klaar$/).textContent();
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe('5 van 5 onderdelen klaar');
  for (const service of ['Vrijwilligers (persoonsgegevens)', 'Teams', 'Activiteiten en uren', 'Training', 'Geld']) {
    const item = services.filter({ has: page.getByRole('heading', { level: 3, name: service, exact: true }) });
    await expect(item).toContainText(/Gewist op .+\d{2}:\d{2}/);
  }
  await expect(services.filter({ has: page.getByRole('heading', { level: 3, name: 'Geld', exact: true }) })).toContainText('zeven jaar');
  await expectAccessible(page);

  // The page stays: opened again, it says what was done. The person cannot be found any more.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens gewist' })).toBeVisible();
  await expect(page.getByText('5 van 5 onderdelen klaar')).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar Mensen' }).click();
  await search(page, renee);
  await expect(page.getByText('Niemand gevonden.', { exact: false })).toBeVisible();
});
