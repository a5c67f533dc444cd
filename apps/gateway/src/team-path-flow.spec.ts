import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';
import { gatewayCalls } from './test/gateway-calls';

/** A demo team's 4 to 6 year path through the gateway: phases to hand-over, its yearly review beside its hours, and the follow-ups. */
let federation: TestFederation;
const { call, as } = gatewayCalls(() => federation.gateway.url);
// Charlois started on 2023-04-01, so the demo data has it self-reliant since 2025-04-01: the last phase the demo reaches.
const TEAM = demoId('team:charlois');
const admin = testIdentities.admin();
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:charlois-01'));
const member = testIdentities.volunteer(demoId('volunteer:charlois-03'), TEAM);
const partnerOfArea = testIdentities.partner(demoId('partner:havensteder'));
const partnerElsewhere = testIdentities.partner(demoId('partner:woonstad-rotterdam'));
const otherCoordinator = testIdentities.coordinator(demoId('team:katendrecht'), demoId('volunteer:katendrecht-01'));
const otherMember = testIdentities.volunteer(demoId('volunteer:katendrecht-02'), demoId('team:katendrecht'));
const TODAY = todayInAmsterdam();
const THIS_YEAR = Number(TODAY.slice(0, 4));
// Far enough back that the 12-month follow-up has fallen due.
const HAND_OVER_ON = '2025-06-02';
const CLOSED_ON = '2025-12-19';

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true });
});
afterAll(() => federation.stop());

const MOVE = `mutation ($input: MoveTeamPhaseInput!) { moveTeamPhase(input: $input) { phase { phase enteredOn } } }`;
const TICK = `mutation ($input: TickTeamChecklistItemInput!) { tickTeamChecklistItem(input: $input) { checklist { phase key done } } }`;
const GOALS = `mutation ($input: SetYearlyGoalsInput!) { setYearlyGoals(input: $input) { year goals { theme goal targetHours } version } }`;
const REFLECT = `mutation ($input: SetYearlyReflectionInput!) { setYearlyReflection(input: $input) { wentWell wentLessWell version } }`;
const FOLLOW_UP = `mutation ($input: RecordFollowUpMeasurementInput!) { recordFollowUpMeasurement(input: $input) {
  followUps { monthsAfterHandOver dueOn due measurement { measuredOn stillActiveMembers hoursLastThreeMonths cohesionNote } } } }`;
const PATH = `query ($id: ID!) { team(id: $id) {
  name phase { phase enteredOn } phaseHistory { phase enteredOn correction } checklist { phase key labelNl done } } }`;
// The review is the teams subgraph's, the hours the activities subgraph's and the wellbeing the volunteers subgraph's:
// one question, answered together.
const REVIEW_AND_HOURS = `query ($id: ID!, $year: Int!) { team(id: $id) {
  name
  yearlyReview(year: $year) { year goals { theme goal targetHours } wentWell wentLessWell version }
  hours(year: $year) { year approvedHours submittedHours byTheme { theme approvedHours submittedHours } }
  wellbeing { people } } }`;
const FOLLOW_UPS = `query ($id: ID!) { team(id: $id) {
  followUps { monthsAfterHandOver dueOn due measurement { measuredOn stillActiveMembers hoursLastThreeMonths cohesionNote } } } }`;

const GOAL_LIST = [
  { theme: 'SUSTAINABILITY', goal: 'Energiecafé elke maand, samen met de woningcorporatie', targetHours: 900 },
  { theme: 'INFORMAL_CARE', goal: 'Boodschappenhulp voor alleenwonende ouderen', targetHours: null },
];
const WENT_WELL = 'Het energiecafé trok steeds meer buren uit de Tarwewijk.';
const WENT_LESS_WELL = 'De boodschappenhulp draaide op te weinig schouders.';
const COHESION = 'De groep komt nog elke week samen; het wijkcentrum faciliteert.';

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0].extensions?.code;
const themeHours = (hours: { byTheme: { theme: string; submittedHours: number }[] }, theme: string) =>
  hours.byTheme.find((row) => row.theme === theme)?.submittedHours ?? 0;

// The steps build on each other, in order, as the team's years do: run the file, not one step alone.
describe("a demo team's path through the gateway", () => {
  it('takes the team from self-reliant through hand-over to closed, the checklist of each phase ticked, and refuses what breaks the order', async () => {
    const before = (await as(admin, PATH, { id: TEAM })).team;
    expect(before.name).toBe('Buurtvolk Charlois');
    expect(before.phase).toEqual({ phase: 'SELF_RELIANT', enteredOn: '2025-04-01' });
    const open = before.checklist.filter((item: { done: boolean }) => !item.done).map((item: { key: string }) => item.key);
    expect(open).toEqual(['TEAM_PLANS_OWN_YEAR', 'TEAM_RUNS_OWN_ADMINISTRATION']);

    // The foundation keeps the path: not the team's own coordinator.
    const byCoordinator = await call(coordinator, MOVE, { input: { teamId: TEAM, phase: 'HAND_OVER', enteredOn: HAND_OVER_ON } });
    expect(codeOf(byCoordinator)).toBe('FORBIDDEN');
    const tickByCoordinator = await call(coordinator, TICK, { input: { teamId: TEAM, item: 'TEAM_PLANS_OWN_YEAR' } });
    expect(codeOf(tickByCoordinator)).toBe('FORBIDDEN');
    // An item of a phase not reached cannot be ticked ahead of time.
    const early = await call(admin, TICK, { input: { teamId: TEAM, item: 'LOCAL_PARTNER_FOUND' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'item' }] });

    const walk: [string, string, string[]][] = [
      ['SELF_RELIANT', '2025-04-01', ['TEAM_PLANS_OWN_YEAR', 'TEAM_RUNS_OWN_ADMINISTRATION']],
      ['HAND_OVER', HAND_OVER_ON, ['LOCAL_PARTNER_FOUND', 'HAND_OVER_AGREED', 'FOLLOW_UP_PLANNED']],
      ['CLOSED', CLOSED_ON, ['FINAL_REPORT_SHARED', 'ACCOUNTS_CLOSED']],
    ];
    for (const [index, [phase, enteredOn, items]] of walk.entries()) {
      if (index > 0) {
        const moved = await as(admin, MOVE, { input: { teamId: TEAM, phase, enteredOn } });
        expect(moved.moveTeamPhase.phase).toEqual({ phase, enteredOn });
      }
      for (const item of items) {
        const ticked = await as(admin, TICK, { input: { teamId: TEAM, item } });
        expect(ticked.tickTeamChecklistItem.checklist).toContainEqual({ phase, key: item, done: true });
      }
    }

    const after = (await as(coordinator, PATH, { id: TEAM })).team;
    expect(after.phase).toEqual({ phase: 'CLOSED', enteredOn: CLOSED_ON });
    expect(after.phaseHistory).toEqual([
      { phase: 'EXPLORATION', enteredOn: '2022-10-01', correction: false },
      { phase: 'START', enteredOn: '2023-04-01', correction: false },
      { phase: 'BUILDING_UP', enteredOn: '2023-10-01', correction: false },
      { phase: 'SELF_RELIANT', enteredOn: '2025-04-01', correction: false },
      { phase: 'HAND_OVER', enteredOn: HAND_OVER_ON, correction: false },
      { phase: 'CLOSED', enteredOn: CLOSED_ON, correction: false },
    ]);
    expect(after.checklist).toHaveLength(16);
    expect(after.checklist.every((item: { done: boolean }) => item.done)).toBe(true);
    expect(after.checklist.find((item: { key: string }) => item.key === 'HAND_OVER_AGREED').labelNl).toBe(
      'Overdracht schriftelijk vastgelegd',
    );

    // Forward only, and not before the day the current phase began; the error names the field.
    for (const [input, field] of [
      [{ phase: 'HAND_OVER', enteredOn: TODAY }, 'phase'],
      [{ phase: 'SELF_RELIANT', enteredOn: TODAY }, 'phase'],
      [{ phase: 'CLOSED', enteredOn: TODAY }, 'phase'],
    ] as const) {
      const refused = await call(admin, MOVE, { input: { teamId: TEAM, ...input } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
    expect((await as(admin, PATH, { id: TEAM })).team.phase).toEqual({ phase: 'CLOSED', enteredOn: CLOSED_ON });
  });

  it("keeps the coordinators' yearly review beside the team's hours from the activities service", async () => {
    const variables = { id: TEAM, year: THIS_YEAR };
    const before = (await as(coordinator, REVIEW_AND_HOURS, variables)).team;
    expect(before.yearlyReview).toBeNull();
    expect(before.hours.year).toBe(THIS_YEAR);
    expect(before.hours.approvedHours).toBeGreaterThan(0);
    expect(before.wellbeing.people).toBeGreaterThanOrEqual(10);

    const set = await as(coordinator, GOALS, { input: { teamId: TEAM, year: THIS_YEAR, goals: GOAL_LIST } });
    expect(set.setYearlyGoals).toEqual({ year: THIS_YEAR, goals: GOAL_LIST, version: 1 });
    const reflected = await as(coordinator, REFLECT, {
      input: { teamId: TEAM, year: THIS_YEAR, version: 1, wentWell: WENT_WELL, wentLessWell: WENT_LESS_WELL },
    });
    expect(reflected.setYearlyReflection).toEqual({ wentWell: WENT_WELL, wentLessWell: WENT_LESS_WELL, version: 2 });

    // A member registers hours on a goal's theme: the same question shows them beside the goal at once.
    await as(member, `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id } }`, {
      input: { teamId: TEAM, date: TODAY, minutes: 90, theme: 'SUSTAINABILITY' },
    });
    const answer = await call(coordinator, REVIEW_AND_HOURS, variables);
    expect(answer.errors).toBeUndefined();
    const { team } = answer.data;
    expect(team.yearlyReview).toEqual({
      year: THIS_YEAR,
      goals: GOAL_LIST,
      wentWell: WENT_WELL,
      wentLessWell: WENT_LESS_WELL,
      version: 2,
    });
    expect(team.hours.submittedHours).toBeCloseTo(before.hours.submittedHours + 1.5, 2);
    expect(themeHours(team.hours, 'SUSTAINABILITY')).toBeCloseTo(themeHours(before.hours, 'SUSTAINABILITY') + 1.5, 2);
    expect(themeHours(team.hours, 'INFORMAL_CARE')).toBeCloseTo(themeHours(before.hours, 'INFORMAL_CARE'), 2);
    expect(team.hours.byTheme.map((row: { theme: string }) => row.theme)).toEqual(
      expect.arrayContaining(['SUSTAINABILITY', 'INFORMAL_CARE']),
    );
    expect(team.wellbeing).toEqual(before.wellbeing);

    // Someone who read version 1 and writes now is told so, and the reflection stays.
    const stale = await call(coordinator, REFLECT, {
      input: { teamId: TEAM, year: THIS_YEAR, version: 1, wentWell: 'Alles', wentLessWell: 'Niets' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const staleGoals = await call(admin, GOALS, { input: { teamId: TEAM, year: THIS_YEAR, version: 1, goals: GOAL_LIST.slice(0, 1) } });
    expect(codeOf(staleGoals)).toBe('CONFLICT');

    // The reflection is the team's own word: not the foundation's, not a plain member's, not another team's.
    for (const [document, someone] of [
      [REFLECT, admin],
      [REFLECT, member],
      [REFLECT, otherCoordinator],
      [REFLECT, otherMember],
      [GOALS, member],
      [GOALS, otherCoordinator],
      [GOALS, otherMember],
    ] as const) {
      const input =
        document === REFLECT
          ? { teamId: TEAM, year: THIS_YEAR, version: 2, wentWell: 'Overgenomen', wentLessWell: 'Overgenomen' }
          : { teamId: TEAM, year: THIS_YEAR, version: 2, goals: GOAL_LIST.slice(0, 1) };
      expect(codeOf(await call(someone, document, { input }))).toBe('FORBIDDEN');
    }
    const anonymous = await call(null, REFLECT, {
      input: { teamId: TEAM, year: THIS_YEAR, version: 2, wentWell: 'Overgenomen', wentLessWell: 'Overgenomen' },
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect((await as(member, REVIEW_AND_HOURS, variables)).team.yearlyReview).toMatchObject({ wentWell: WENT_WELL, version: 2 });
  });

  it('has the 12 and 24 month follow-ups due after the hand-over, and a recorded measurement is no longer due', async () => {
    const followUps = (await as(coordinator, FOLLOW_UPS, { id: TEAM })).team.followUps;
    expect(followUps).toEqual([
      { monthsAfterHandOver: 12, dueOn: '2026-06-02', due: true, measurement: null },
      { monthsAfterHandOver: 24, dueOn: '2027-06-02', due: TODAY >= '2027-06-02', measurement: null },
    ]);

    const measurement = { stillActiveMembers: 19, hoursLastThreeMonths: 1_240.5, cohesionNote: COHESION };
    const byCoordinator = await call(coordinator, FOLLOW_UP, {
      input: { teamId: TEAM, monthsAfterHandOver: 12, measuredOn: '2026-06-10', ...measurement },
    });
    expect(codeOf(byCoordinator)).toBe('FORBIDDEN');
    const beforeHandOver = await call(admin, FOLLOW_UP, {
      input: { teamId: TEAM, monthsAfterHandOver: 12, measuredOn: '2025-05-30', ...measurement },
    });
    expect(beforeHandOver.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'measuredOn' }] });

    const recorded = await as(admin, FOLLOW_UP, {
      input: { teamId: TEAM, monthsAfterHandOver: 12, measuredOn: '2026-06-10', ...measurement },
    });
    expect(recorded.recordFollowUpMeasurement.followUps[0]).toEqual({
      monthsAfterHandOver: 12,
      dueOn: '2026-06-02',
      due: false,
      measurement: { measuredOn: '2026-06-10', ...measurement },
    });
    const seen = (await as(member, FOLLOW_UPS, { id: TEAM })).team.followUps;
    expect(seen[0]).toMatchObject({ monthsAfterHandOver: 12, due: false, measurement: { stillActiveMembers: 19 } });
    expect(seen[1]).toMatchObject({ monthsAfterHandOver: 24, measurement: null });

    const twice = await call(admin, FOLLOW_UP, { input: { teamId: TEAM, monthsAfterHandOver: 12, measuredOn: TODAY, ...measurement } });
    expect(codeOf(twice)).toBe('CONFLICT');
  });

  it('shows a partner of the area the phase but not the checklist, review or follow-ups, and an outsider nothing', async () => {
    const PHASE = `query ($id: ID!) { team(id: $id) { phase { phase enteredOn } } }`;
    expect((await as(partnerOfArea, PHASE, { id: TEAM })).team.phase).toEqual({ phase: 'CLOSED', enteredOn: CLOSED_ON });

    for (const field of ['checklist { key done }', `yearlyReview(year: ${THIS_YEAR}) { wentWell goals { goal } }`, 'followUps { due }']) {
      const refused = await call(partnerOfArea, `query ($id: ID!) { team(id: $id) { ${field} } }`, { id: TEAM });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.text).not.toContain('Tarwewijk');
      expect(refused.text).not.toContain('schouders');
      expect(refused.text).not.toContain('Energiecafé');
    }

    const everything = `query ($id: ID!) { team(id: $id) { phase { phase } checklist { key }
      yearlyReview(year: ${THIS_YEAR}) { wentWell } followUps { measurement { cohesionNote } } } }`;
    for (const [outsider, code] of [
      [null, 'UNAUTHENTICATED'],
      [otherCoordinator, 'FORBIDDEN'],
    ] as const) {
      const refused = await call(outsider, everything, { id: TEAM });
      expect(refused.data?.team ?? {}).toEqual({ phase: null, checklist: null, yearlyReview: null, followUps: null });
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual([code, code, code, code]);
      for (const text of ['Tarwewijk', 'schouders', 'CLOSED', COHESION]) expect(refused.text).not.toContain(text);
    }
    // A partner elsewhere does not even get the team.
    const elsewhere = await call(partnerElsewhere, everything, { id: TEAM });
    expect(elsewhere.data?.team ?? null).toBeNull();
    for (const text of ['Tarwewijk', 'schouders', 'CLOSED', COHESION]) expect(elsewhere.text).not.toContain(text);
  });
});
