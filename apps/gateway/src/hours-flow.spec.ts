import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';

/** The hours promise end to end: plan, sign up, register, approve, and the partner's figures move at once. */
let federation: TestFederation;
const TEAM = demoId('team:katendrecht');
const NEIGHBOURHOOD = demoId('neighbourhood:katendrecht');
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:katendrecht-01'));
const volunteers = [2, 3].map((i) => testIdentities.volunteer(demoId(`volunteer:katendrecht-0${i}`), TEAM));
const partner = testIdentities.partner(demoId('partner:woonstad-rotterdam'));
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true });
});
afterAll(() => federation.stop());

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const PARTNER_VIEW = `query ($id: ID!, $year: Int!) { neighbourhood(id: $id) { name hours(year: $year) { approvedHours submittedHours byTheme { theme approvedHours } } } }`;

describe('the hours promise through the gateway', () => {
  it('runs from a planned series to approved hours in the partner’s figures', async () => {
    const before = (await as(partner, PARTNER_VIEW, { id: NEIGHBOURHOOD, year })).neighbourhood;
    expect(before.name).toBe('Katendrecht');

    const series = await as(coordinator, `mutation ($input: PlanActivitySeriesInput!) { planActivitySeries(input: $input) { id } }`, {
      input: {
        teamId: TEAM,
        theme: 'INFORMAL_CARE',
        title: 'Boodschappenronde',
        startsAt: `${today}T23:00:00Z`,
        endsAt: `${today}T23:30:00Z`,
        frequency: 'WEEKLY',
        until: `${year + 1}-01-31`,
        capacity: 5,
      },
    });
    const first = series.planActivitySeries[0].id;
    for (const volunteer of volunteers) await as(volunteer, `mutation ($id: ID!) { signUp(activityId: $id) { id } }`, { id: first });
    const planned = await as(
      coordinator,
      `query ($id: ID!) { activity(id: $id) { title signUpCount signedUp { id } team { name activities(first: 100, status: PLANNED) { totalCount } } } }`,
      { id: first },
    );
    expect(planned.activity).toMatchObject({ title: 'Boodschappenronde', signUpCount: 2, team: { name: 'Buurtvolk Katendrecht' } });
    expect(planned.activity.team.activities.totalCount).toBeGreaterThanOrEqual(series.planActivitySeries.length);

    const entries = [];
    for (const volunteer of volunteers) {
      const { registerHours } = await as(
        volunteer,
        `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }`,
        {
          input: { teamId: TEAM, date: today, minutes: 150, theme: 'INFORMAL_CARE', activityId: first },
        },
      );
      entries.push(registerHours);
    }
    const submitted = (await as(partner, PARTNER_VIEW, { id: NEIGHBOURHOOD, year })).neighbourhood.hours;
    expect(submitted.submittedHours).toBeCloseTo(before.hours.submittedHours + 5, 2);

    await as(
      coordinator,
      `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }`,
      { entries: entries.map(({ id, version }) => ({ id, version })) },
    );
    const approved = (await as(partner, PARTNER_VIEW, { id: NEIGHBOURHOOD, year })).neighbourhood.hours;
    expect(approved.approvedHours).toBeCloseTo(before.hours.approvedHours + 5, 2);
    expect(approved.submittedHours).toBeCloseTo(before.hours.submittedHours, 2);

    const mine = await as(
      volunteers[0],
      `query ($id: ID!, $year: Int!) { volunteer(id: $id) { displayName hours(year: $year) hourEntries(first: 10) { edges { node { entryDate status minutes } } } } }`,
      { id: volunteers[0].volunteerId, year },
    );
    // The demo data may hold more entries of today; the new one is among the newest, approved.
    expect(mine.volunteer.hourEntries.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      entryDate: today,
      status: 'APPROVED',
      minutes: 150,
    });
    expect(mine.volunteer.hours).toBeGreaterThanOrEqual(2.5);
  });

  it('never gives a partner a person’s entries', async () => {
    const result = await postGraphQL(
      federation.gateway.url,
      {
        query: `query ($id: ID!) { volunteer(id: $id) { hourEntries(first: 5) { totalCount } } }`,
        variables: { id: volunteers[0].volunteerId },
      },
      await bearerHeaders(partner),
    );
    expect(result.data?.volunteer ?? null).toBeNull();
  });

  it('keeps an erased volunteer’s hours in the figures but forgets their text and sign-ups', async () => {
    const admin = testIdentities.admin();
    const person = volunteers[1];
    const before = (await as(admin, PARTNER_VIEW, { id: NEIGHBOURHOOD, year })).neighbourhood.hours.approvedHours;
    await as(person, `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id } }`, {
      input: { teamId: TEAM, date: today, minutes: 30, theme: 'HEALTH', description: 'Wandeling met buurvrouw Fatma' },
    });
    await as(admin, `mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: person.volunteerId });

    const remaining = await pollUntil(
      (): Promise<{ description: string | null }[]> =>
        federation.activities!.dataSource.query(
          'SELECT description FROM hour_entries WHERE volunteer_id = $1 AND description IS NOT NULL',
          [person.volunteerId],
        ),
      (rows) => rows.length === 0,
    );
    expect(remaining).toEqual([]);
    const [{ signUps }] = await federation.activities!.dataSource.query(
      'SELECT count(*)::int AS "signUps" FROM sign_ups WHERE volunteer_id = $1',
      [person.volunteerId],
    );
    expect(signUps).toBe(0);
    expect((await as(admin, PARTNER_VIEW, { id: NEIGHBOURHOOD, year })).neighbourhood.hours.approvedHours).toBe(before);
  });
});
