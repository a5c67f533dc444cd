import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * The right of access through the gateway: one query gathers what every service holds about the person. And the
 * other way round: no subgraph's reference is a side door to what the volunteers service would refuse.
 */
let federation: TestFederation;
const FEIJENOORD = demoId('team:feijenoord');
// Member 2 of each demo team has hours, allowances near the cap and training records in the demo data.
const person = demoId('volunteer:feijenoord-02');

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true, training: true, finance: true });
});
afterAll(() => federation.stop());

const EXPORT = `query ($id: ID!) { volunteer(id: $id) { personalDataExport { volunteerId volunteers teams activities training finance } } }`;

async function exportOf(identity: Identity) {
  return postGraphQL(federation.gateway.url, { query: EXPORT, variables: { id: person } }, await bearerHeaders(identity));
}

describe('the personal data export', () => {
  it('gives the person every service’s part: profile, memberships, hours with descriptions, training and money', async () => {
    const { data, errors } = await exportOf(testIdentities.volunteer(person, FEIJENOORD));
    expect(errors).toBeUndefined();
    const parts = data.volunteer.personalDataExport;
    expect(parts.volunteers.profile.id).toBe(person);
    expect(parts.teams.memberships).toContainEqual(expect.objectContaining({ teamId: FEIJENOORD }));
    expect(parts.activities.hour_entries.length).toBeGreaterThan(0);
    expect(parts.activities.hour_entries.every((entry: { volunteer_id: string }) => entry.volunteer_id === person)).toBe(true);
    expect(Object.keys(parts.training)).toEqual(expect.arrayContaining(['enrolments', 'attendance', 'certificates', 'course_runs']));
    expect(parts.finance.allowances.length).toBeGreaterThan(0);
    expect(Object.keys(parts.finance)).toEqual(
      expect.arrayContaining([
        'payees',
        'allowance_arrangements',
        'expense_claims',
        'expense_claim_items',
        'payout_payments',
        'ledger_entries',
      ]),
    );
  });

  it('is refused to anyone but the person and admins, part by part', async () => {
    const admin = await exportOf(testIdentities.admin());
    expect(admin.errors).toBeUndefined();
    expect(admin.data.volunteer.personalDataExport.finance.allowances.length).toBeGreaterThan(0);
    const coordinator = await exportOf(testIdentities.coordinator(FEIJENOORD, demoId('volunteer:feijenoord-01')));
    expect(coordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(coordinator.text).not.toMatch(/hour_entries|payees|IBAN|NL\d\d[A-Z]{4}/);
  });
});

describe('fields about a person resolved by other subgraphs', () => {
  it("give a coordinator of another team nothing of a peer trainer's hours, team, memberships or home", async () => {
    const trainer = demoId('volunteer:feijenoord-03');
    const admin = await bearerHeaders(testIdentities.admin());
    const scheduled = await postGraphQL(
      federation.gateway.url,
      {
        query: `mutation ($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { id course { id } } }`,
        variables: {
          input: {
            courseId: demoId('course:introduction'),
            capacity: 10,
            trainerVolunteerId: trainer,
            sessions: [
              {
                startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
                endsAt: new Date(Date.now() + 9 * 86_400_000 + 3_600_000).toISOString(),
                location: 'Buurthuis',
              },
            ],
          },
        },
      },
      admin,
    );
    expect(scheduled.errors).toBeUndefined();
    const RUNS = `query ($id: ID!) { course(id: $id) { runs { id trainerVolunteer { id displayName hours(year: 2026) currentTeam { name } memberships { role } neighbourhood { id } } } } }`;
    const outsider = await postGraphQL(
      federation.gateway.url,
      { query: RUNS, variables: { id: demoId('course:introduction') } },
      await bearerHeaders(testIdentities.coordinator(demoId('team:charlois'), demoId('volunteer:charlois-01'))),
    );
    const run = outsider.data.course.runs.find((candidate: { id: string }) => candidate.id === scheduled.data.scheduleCourseRun.id);
    expect(run.trainerVolunteer?.hours ?? null).toBeNull();
    expect(run.trainerVolunteer?.currentTeam ?? null).toBeNull();
    expect(run.trainerVolunteer?.memberships ?? null).toBeNull();
    expect(run.trainerVolunteer?.neighbourhood ?? null).toBeNull();
    expect(outsider.text).not.toContain('Buurtvolk Feijenoord');
    // Each subgraph refuses its own field, rather than count on the volunteers service nulling the person.
    const refused = (outsider.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(refused.map((error) => error.path?.at(-1))).toEqual(expect.arrayContaining(['hours', 'currentTeam', 'memberships']));
    const own = await postGraphQL(
      federation.gateway.url,
      { query: RUNS, variables: { id: demoId('course:introduction') } },
      await bearerHeaders(testIdentities.coordinator(FEIJENOORD, demoId('volunteer:feijenoord-01'))),
    );
    const ownRun = own.data.course.runs.find((candidate: { id: string }) => candidate.id === scheduled.data.scheduleCourseRun.id);
    expect(ownRun.trainerVolunteer).toMatchObject({
      id: trainer,
      currentTeam: { name: 'Buurtvolk Feijenoord' },
      hours: expect.any(Number),
    });
  });
});
