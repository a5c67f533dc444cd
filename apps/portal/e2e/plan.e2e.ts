import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, tokenOf } from './support';

// The coordinator's planning page, on the demo team Katendrecht only.

interface Member {
  role: string;
  volunteer: { id: string; givenName: string; familyName: string; consents: { purpose: string; withdrawnOn: string | null }[] };
}

/** Katendrecht's current members as an admin sees them, with their consents. */
async function katendrecht(request: APIRequestContext, admin: string): Promise<{ teamId: string; members: Member[] }> {
  const { teams } = await graphql<{ teams: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    admin,
    'query PlanE2eTeams { teams(first: 100) { edges { node { id name } } } }',
  );
  const team = teams.edges.map((edge) => edge.node).find((node) => node.name.includes('Katendrecht'));
  expect(team).toBeDefined();
  const { team: details } = await graphql<{ team: { memberships: Member[] } }>(
    request,
    admin,
    'query PlanE2eMembers($id: ID!) { team(id: $id) { memberships { role volunteer { id givenName familyName consents { purpose withdrawnOn } } } } }',
    { id: team!.id },
  );
  return { teamId: team!.id, members: details.memberships };
}

const nameOf = (member: Member) => `${member.volunteer.givenName} ${member.volunteer.familyName}`;
const monitors = (member: Member) =>
  member.volunteer.consents.some((consent) => consent.purpose === 'WELLBEING_MONITOR' && !consent.withdrawnOn);

/** A calendar date some days after today in Amsterdam. */
function daysAhead(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How the page writes a day, e.g. "woensdag 9 december". */
function dutchDay(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** A planned evening as the page lists it: the day, then 19:00 to 21:00 Amsterdam time. */
function slot(date: string): RegExp {
  return new RegExp(`^${dutchDay(date)}( om|,)? 19:00 – 21:00$`);
}

async function openPlan(page: Page): Promise<void> {
  await signInAs(page, 'Coördinator van Katendrecht', 'Katendrecht');
  await openFromMenu(page, 'Plannen');
  await expect(page.getByRole('heading', { level: 1, name: 'Plannen' })).toBeVisible();
}

async function fillActivity(page: Page, title: string, date: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Activiteit plannen' });
  await form.getByLabel('Naam van de activiteit').fill(title);
  await form.getByLabel('Thema').selectOption({ label: 'De Buurt' });
  await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByLabel('Begintijd').fill('19:00');
  await form.getByLabel('Eindtijd').fill('21:00');
  await form.getByLabel('Plaats').fill('Buurthuis De Kroon');
}

test('a coordinator plans one activity and sees it planned', async ({ page }) => {
  // Three accessibility checks and full-page pictures of a long page at two widths.
  test.slow();
  await openPlan(page);
  await expectAccessible(page);
  const form = page.getByRole('region', { name: 'Activiteit plannen' });

  // Nothing filled in: each field says what is missing.
  await form.getByRole('button', { name: 'Activiteit plannen' }).click();
  await expect(form.getByText('Vul een naam in.')).toBeVisible();
  await expect(form.getByText('Kies een thema.')).toBeVisible();
  await expectAccessible(page);

  const title = `Opschoonochtend ${Date.now()}`;
  const date = daysAhead(30 + (Date.now() % 60));
  await fillActivity(page, title, date);
  await form.getByRole('button', { name: 'Activiteit plannen' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`${title} is gepland:`);
  await expect(status.getByRole('listitem')).toHaveCount(1);
  await expect(status.getByRole('listitem')).toHaveText(slot(date));
  await expectAccessible(page);
  await screenshots(page, 'plan');
});

test('a coordinator plans a weekly series of three, a week apart', async ({ page }) => {
  await openPlan(page);
  const form = page.getByRole('region', { name: 'Activiteit plannen' });
  const title = `Taalcafé ${Date.now()}`;
  const date = daysAhead(20 + (Date.now() % 40));
  await fillActivity(page, title, date);
  await form.getByRole('radio', { name: 'Elke week' }).check();
  await form.getByLabel('Hoeveel keer in totaal?').fill('3');
  const dates = [0, 7, 14].map((days) => {
    const day = new Date(`${date}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  });
  await expect(form.getByText(`De laatste keer is op ${dutchDay(dates[2])}.`)).toBeVisible();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Reeks plannen' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`${title} is 3 keer gepland:`);
  await expect(status.getByRole('listitem')).toHaveText(dates.map(slot));
  await expectAccessible(page);
});

test('a coordinator records attendance of a course session, but not their own', async ({ page, request }) => {
  const admin = await tokenOf(request, 'admin');
  const { members } = await katendrecht(request, admin);
  const coordinator = nameOf(members.find((member) => member.role === 'COORDINATOR')!);
  await openPlan(page);
  const part = page.getByRole('region', { name: 'Aanwezigheid bij een training' });
  const sessions = part.getByLabel('Bijeenkomst');
  // The introduction a year ago, which most of the team followed (demo data).
  const option = sessions.locator('option', { hasText: 'Introductie Buurtvolk' }).first();
  await sessions.selectOption({ label: (await option.textContent())!.trim() });
  await expect(part.getByRole('heading', { name: /^Wie was er bij Introductie Buurtvolk/ })).toBeVisible();

  // The coordinator's own row has no choice, and says why.
  await expect(part.getByRole('group', { name: coordinator, exact: true })).toHaveCount(0);
  await expect(part.getByText('Uw eigen aanwezigheid vult een andere coördinator of het landelijk bureau in.')).toBeVisible();
  await expectAccessible(page);

  const groups = part.getByRole('group');
  expect(await groups.count()).toBeGreaterThanOrEqual(2);
  await groups.nth(0).getByRole('radio', { name: 'Aanwezig' }).check();
  await groups.nth(1).getByRole('radio', { name: 'Afwezig' }).check();
  await part.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(part.getByRole('status')).toHaveText('Opgeslagen voor 2 personen.');
  await expectAccessible(page);
});

test('a wellbeing check needs the member’s consent, and is confirmed when recorded', async ({ page, request }) => {
  const admin = await tokenOf(request, 'admin');
  let { members } = await katendrecht(request, admin);
  const others = members.filter((member) => member.role !== 'COORDINATOR');
  const unique = (member: Member) => others.filter((other) => nameOf(other) === nameOf(member)).length === 1;
  // One member without the wellbeing monitor consent (the demo has some; withdraw one if not), one with it: an admin
  // records the form they signed (giving it again keeps the first).
  let without = others.find((member) => !monitors(member) && unique(member));
  if (!without) {
    const candidate = others.filter(unique).at(-1)!;
    await graphql(request, admin, 'mutation PlanE2eWithdraw($input: ConsentInput!) { withdrawConsent(input: $input) { purpose } }', {
      input: { volunteerId: candidate.volunteer.id, purpose: 'WELLBEING_MONITOR' },
    });
    ({ members } = await katendrecht(request, admin));
    without = members.find((member) => member.volunteer.id === candidate.volunteer.id)!;
  }
  const withConsent = others.find((member) => member.volunteer.id !== without!.volunteer.id && unique(member))!;
  await graphql(request, admin, 'mutation PlanE2eConsent($input: ConsentInput!) { giveConsent(input: $input) { purpose } }', {
    input: { volunteerId: withConsent.volunteer.id, purpose: 'WELLBEING_MONITOR' },
  });

  await openPlan(page);
  const part = page.getByRole('region', { name: 'Welzijnsgesprek' });
  const who = part.getByLabel('Met wie voert u het gesprek?');

  await who.selectOption({ label: nameOf(without) });
  await expect(part.getByText('Deze persoon heeft geen toestemming gegeven voor het welzijnsgesprek')).toBeVisible();
  await expect(part.getByRole('button', { name: 'Gesprek opslaan' })).toHaveCount(0);
  await expect(part.getByRole('slider')).toHaveCount(0);
  await expectAccessible(page);

  await who.selectOption({ label: nameOf(withConsent) });
  await expect(part.getByRole('heading', { name: `Gesprek met ${nameOf(withConsent)}` })).toBeVisible();
  await expect(part.getByRole('slider')).toHaveCount(8);
  // Keyboard only: two steps up on language, one down on money matters.
  const language = part.getByRole('slider', { name: 'Taal' });
  await language.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(language).toHaveValue('7');
  await expect(language).toHaveAttribute('aria-valuetext', '7 van 10');
  const money = part.getByRole('slider', { name: 'Geldzaken' });
  await money.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(money).toHaveValue('4');
  await expectAccessible(page);
  await part.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(part.getByRole('status')).toContainText(`Het welzijnsgesprek met ${nameOf(withConsent)} van `);
  await expect(part.getByRole('status')).toContainText('is opgeslagen.');
  await expectAccessible(page);
});
