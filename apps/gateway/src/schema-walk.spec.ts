import { demoId, demoMembers } from '@buurtvolk/domain';
import { latestReplay } from '@buurtvolk/events';
import { testIdentities } from '@buurtvolk/testing';
import type { GraphQLSchema } from 'graphql';
import { replayFinished } from '../../impact/src/test/impact-world';
import { startTestFederation, type TestFederation } from './test/federation';
import { type CallerReport, distinctFailures, reachableFields, SchemaWalk, summarise, type WalkCaller } from './test/schema-walk';
import { apiSchemaOf } from './test/schema-walk-plan';

/**
 * Every field of the supergraph, asked through the gateway on the demo data by each kind of caller. Unit tests of
 * one subgraph cannot see what only shows when the subgraphs answer together: a membership pointing at a person the
 * volunteers service does not know emptied every team's memberships while every unit test passed.
 */
const TEAM = demoId('team:feijenoord');
const COORDINATOR = demoId('volunteer:feijenoord-01');
const VOLUNTEER = demoId('volunteer:feijenoord-03');
const PARTNER = demoId('partner:gemeente-rotterdam');
const CALLERS: WalkCaller[] = [
  // First: what the admin finds is what the others then ask for, and must be refused where it is not theirs.
  { name: 'ADMIN', identity: testIdentities.admin() },
  { name: 'COORDINATOR', identity: testIdentities.coordinator(TEAM, COORDINATOR), knows: { Team: [TEAM], Volunteer: [COORDINATOR] } },
  { name: 'VOLUNTEER', identity: testIdentities.volunteer(VOLUNTEER, TEAM), knows: { Team: [TEAM], Volunteer: [VOLUNTEER] } },
  { name: 'PARTNER', identity: testIdentities.partner(PARTNER), knows: { Partner: [PARTNER] } },
  { name: 'anonymous', identity: null },
];

/** What the README promises a caller without a token: theme labels, and active teams with name, status, neighbourhood and city. */
const PUBLIC = new Set([
  'Query.themes',
  ...['theme', 'labelNl', 'labelEn', 'description'].map((field) => `ThemeLabel.${field}`),
  'Query.teams',
  'Query.team',
  ...['edges', 'pageInfo', 'totalCount'].map((field) => `TeamConnection.${field}`),
  'TeamEdge.cursor',
  'TeamEdge.node',
  'PageInfo.hasNextPage',
  'PageInfo.endCursor',
  ...['id', 'name', 'status', 'neighbourhood'].map((field) => `Team.${field}`),
  ...['id', 'name', 'city'].map((field) => `Neighbourhood.${field}`),
  // Contributed by the gateway tests' own second subgraph.
  'Team.note',
  // Published monthly summaries are for publication: figures with small counts hidden, no names (activities).
  ...['monthSummary', 'monthSummaries', 'monthSummaryText', 'monthSummaryShareImage'].map((field) => `Team.${field}`),
  ...['id', 'month', 'status', 'highlightNl', 'highlightEn', 'publishedAt', 'version', 'team', 'figures', 'photos'].map(
    (field) => `TeamMonthSummary.${field}`,
  ),
  ...['month', 'approvedHours', 'activitiesHeld', 'residentsReached', 'activeMembers'].map((field) => `TeamMonthFigures.${field}`),
  ...['id', 'caption', 'uploaded', 'shown', 'viewUrl'].map((field) => `SummaryPhoto.${field}`),
  ...['fileName', 'contentType', 'base64', 'byteSize'].map((field) => `GeneratedFile.${field}`),
]);

/** A volunteer's personal data (README, "Who sees what"): for the person, their coordinators and admins only. */
const PERSONAL = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'dateOfBirth',
  'postalCode',
  'houseNumber',
  'vogStatus',
  'vogValidUntil',
  'statusHistory',
  'consents',
  'wellbeingChecks',
  'latestWellbeing',
  'wellbeingChange',
  'personalDataExport',
].map((field) => `Volunteer.${field}`);

/** Records about one person: a partner sees none of them, only figures. */
const ABOUT_A_PERSON =
  /^(Volunteer\.(?!id$)|Membership\.|TeamCoach\.|HourEntry\.|Enrolment\.|Certificate\.|WellbeingCheck\.|Consent\.|VolunteerStatusChange\.|AllowanceCapStanding\.|ExpenseClaim\.|PayoutPayment\.)/;

let federation: TestFederation;
let schema: GraphQLSchema;
let reports: Map<string, CallerReport>;
let summary: string;

beforeAll(async () => {
  // The production timeout: the walk asks deep graphs (63 people's data exports in one query) on a busy CI machine.
  federation = await startTestFederation({
    volunteers: true,
    activities: true,
    training: true,
    finance: true,
    messages: true,
    impact: true,
    subgraphTimeoutMs: 10_000,
  });
  // Impact's figures and finance's approved hours come from a replay of the others' history: walk them once they
  // have it (the walk checks answers, not how a service answers while it works through a backlog).
  for (const service of [federation.impact!, federation.finance!]) {
    const replay = await latestReplay(service.dataSource);
    if (replay) await replayFinished(service.dataSource, replay);
  }
  schema = apiSchemaOf(federation.supergraphSdl);
  const walk = new SchemaWalk(federation.gateway.url, schema);
  reports = new Map();
  for (const caller of CALLERS) reports.set(caller.name, await walk.walk(caller));
  summary = summarise([...reports.values()], schema);
  console.info(summary);
  // About 6,500 queries: some 135 s on a quiet 2-core machine, twice that beside the other test worker in CI.
}, 600_000);
afterAll(() => federation.stop());

const report = (caller: string) => reports.get(caller)!;
/** Whose personal fields a caller was shown: the ids of the volunteers, per field. */
const personalDataShown = (caller: string) => new Set(PERSONAL.flatMap((field) => [...(report(caller).answeredOn.get(field) ?? [])]));

describe('the whole supergraph on the demo data', () => {
  it('asks every field reachable from Query, apart from those no value could be found for', () => {
    const asked = new Set([...reports.values()].flatMap((each) => [...each.asked]));
    const skipped = new Set([...reports.values()].flatMap((each) => [...each.skipped]));
    expect({ notWalked: [...reachableFields(schema, skipped)].filter((field) => !asked.has(field)), summary }).toEqual({
      notWalked: [],
      summary,
    });
  });

  it('answers every caller without an internal error or a non-null field left empty', () => {
    const failures = distinctFailures([...reports.values()]);
    expect({ failures, summary }).toEqual({ failures: [], summary });
  });

  it('refuses an admin nothing', () => {
    expect([...report('ADMIN').refused]).toEqual([]);
    expect(report('ADMIN').answered.has('Membership.volunteer')).toBe(true);
  });

  it('gives a caller without a token only what is public, refusing the rest', () => {
    const anonymous = report('anonymous');
    expect([...anonymous.answered].filter((field) => !PUBLIC.has(field))).toEqual([]);
    expect(anonymous.answered.has('Team.name')).toBe(true);
    expect(anonymous.asked.has('Volunteer.email')).toBe(true);
    expect(anonymous.refused.has('Query.volunteer')).toBe(true);
    expect([...anonymous.refusals.keys()]).toEqual(['UNAUTHENTICATED']);
  });

  it('shows a partner figures, never a person', () => {
    const partner = report('PARTNER');
    expect([...partner.answered].filter((field) => ABOUT_A_PERSON.test(field))).toEqual([]);
    expect(partner.answered.has('Team.memberCount')).toBe(true);
  });

  it("shows a volunteer their own personal data and not their team mates'", () => {
    expect([...personalDataShown('VOLUNTEER')]).toEqual([VOLUNTEER]);
    expect(report('VOLUNTEER').refused.has('Volunteer.email')).toBe(true);
  });

  it("shows a coordinator the personal data of their own team's members only", () => {
    const members = new Set(
      demoMembers()
        .filter((member) => member.teamId === TEAM)
        .map((member) => member.volunteerId),
    );
    const shown = [...personalDataShown('COORDINATOR')];
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.filter((id) => !members.has(id))).toEqual([]);
  });
});
