import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../subgraph';
import { createTeam } from '../test/fixtures';
import { addMonths } from './team-path.rules';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('neighbourhood:feijenoord');
const PARTNER_OF_AREA = demoId('partner:woonstad-rotterdam');
const PARTNER_ELSEWHERE = demoId('partner:havensteder');
const THIS_YEAR = Number(todayInAmsterdam().slice(0, 4));

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const PATH = `query ($id: ID!, $year: Int!) { team(id: $id) {
  phase { phase enteredOn }
  phaseHistory { phase enteredOn correction note }
  checklist { phase key labelNl done tickedAt }
  yearlyReview(year: $year) { year goals { theme goal targetHours } wentWell wentLessWell version }
  followUps { monthsAfterHandOver dueOn due measurement { measuredOn stillActiveMembers hoursLastThreeMonths cohesionNote } } } }`;
const MOVE = `mutation ($input: MoveTeamPhaseInput!) { moveTeamPhase(input: $input) { phase { phase enteredOn } } }`;
const TICK = `mutation ($input: TickTeamChecklistItemInput!) { tickTeamChecklistItem(input: $input) { checklist { key done tickedAt tickedBy } } }`;
const GOALS = `mutation ($input: SetYearlyGoalsInput!) { setYearlyGoals(input: $input) { year goals { theme goal targetHours } version } }`;
const REFLECT = `mutation ($input: SetYearlyReflectionInput!) { setYearlyReflection(input: $input) { wentWell wentLessWell version } }`;
const FOLLOW_UP = `mutation ($input: RecordFollowUpMeasurementInput!) { recordFollowUpMeasurement(input: $input) {
  followUps { monthsAfterHandOver due measurement { stillActiveMembers hoursLastThreeMonths } } } }`;

async function ok(document: string, variables: Record<string, unknown>, caller = admin) {
  const answer = await subgraph.query(document, variables, caller);
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

async function newTeam() {
  return (await createTeam(subgraph, FEIJENOORD, { startsOn: '2020-01-01', commitmentEndsOn: '2025-12-31' })).id;
}

describe("a team's path through its phases", () => {
  it('goes from exploration to hand-over, with its checklist ticked, and then has its follow-ups due', async () => {
    const teamId = await newTeam();
    const before = await ok(PATH, { id: teamId, year: THIS_YEAR });
    expect(before.team).toMatchObject({ phase: null, phaseHistory: [], followUps: [] });
    expect(before.team.checklist.map((item: { phase: string }) => item.phase)).toEqual(['EXPLORATION', 'EXPLORATION', 'EXPLORATION']);

    const steps = [
      ['EXPLORATION', '2020-01-06'],
      ['START', '2020-06-01'],
      ['BUILDING_UP', '2021-03-01'],
      ['SELF_RELIANT', '2022-09-01'],
      ['HAND_OVER', '2024-03-31'],
    ];
    for (const [phase, enteredOn] of steps) {
      const moved = await ok(MOVE, { input: { teamId, phase, enteredOn } });
      expect(moved.moveTeamPhase.phase).toEqual({ phase, enteredOn });
    }

    const ticked = await ok(TICK, { input: { teamId, item: 'LOCAL_PARTNER_FOUND' } });
    const item = ticked.tickTeamChecklistItem.checklist.find((candidate: { key: string }) => candidate.key === 'LOCAL_PARTNER_FOUND');
    expect(item).toMatchObject({ done: true, tickedBy: admin.subject });
    expect(item.tickedAt).not.toBeNull();
    // Ticking again keeps the first tick; unticking clears it.
    const again = await ok(TICK, { input: { teamId, item: 'LOCAL_PARTNER_FOUND' } });
    expect(
      again.tickTeamChecklistItem.checklist.find((candidate: { key: string }) => candidate.key === 'LOCAL_PARTNER_FOUND').tickedAt,
    ).toBe(item.tickedAt);
    await ok(TICK, { input: { teamId, item: 'COORDINATORS_TRAINED' } });
    await ok(TICK, { input: { teamId, item: 'COORDINATORS_TRAINED', done: false } });

    const after = (await ok(PATH, { id: teamId, year: THIS_YEAR })).team;
    expect(after.phase).toEqual({ phase: 'HAND_OVER', enteredOn: '2024-03-31' });
    expect(after.phaseHistory.map((change: { phase: string }) => change.phase)).toEqual(steps.map(([phase]) => phase));
    expect(
      after.checklist.filter((candidate: { done: boolean }) => candidate.done).map((candidate: { key: string }) => candidate.key),
    ).toEqual(['LOCAL_PARTNER_FOUND']);
    expect(after.checklist.find((candidate: { key: string }) => candidate.key === 'LOCAL_PARTNER_FOUND').labelNl).toBe(
      'Lokale partner gevonden die overneemt',
    );
    // 31 March 2024 + 12 months is 31 March 2025; + 24 months 31 March 2026: both have come.
    expect(after.followUps).toEqual([
      { monthsAfterHandOver: 12, dueOn: '2025-03-31', due: true, measurement: null },
      { monthsAfterHandOver: 24, dueOn: '2026-03-31', due: true, measurement: null },
    ]);

    const recorded = await ok(FOLLOW_UP, {
      input: {
        teamId,
        monthsAfterHandOver: 12,
        measuredOn: '2025-04-02',
        stillActiveMembers: 17,
        hoursLastThreeMonths: 812.5,
        cohesionNote: 'De groep komt nog elke week samen; de woningcorporatie faciliteert.',
      },
    });
    expect(recorded.recordFollowUpMeasurement.followUps).toEqual([
      { monthsAfterHandOver: 12, due: false, measurement: { stillActiveMembers: 17, hoursLastThreeMonths: 812.5 } },
      { monthsAfterHandOver: 24, due: true, measurement: null },
    ]);
    const twice = await subgraph.query(
      FOLLOW_UP,
      {
        input: {
          teamId,
          monthsAfterHandOver: 12,
          measuredOn: '2025-04-03',
          stillActiveMembers: 1,
          hoursLastThreeMonths: 1,
          cohesionNote: 'x',
        },
      },
      admin,
    );
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    await ok(MOVE, { input: { teamId, phase: 'CLOSED', enteredOn: '2024-12-31' } });
    expect((await ok(PATH, { id: teamId, year: THIS_YEAR })).team.followUps).toHaveLength(2);
  });

  it('refuses backward moves, dates before the current phase or in the future, and items of phases not reached', async () => {
    const teamId = await newTeam();
    await ok(MOVE, { input: { teamId, phase: 'START', enteredOn: '2025-02-01' } });
    await ok(MOVE, { input: { teamId, phase: 'BUILDING_UP', enteredOn: '2025-09-01' } });

    for (const [input, field] of [
      [{ phase: 'START', enteredOn: '2025-10-01' }, 'phase'],
      [{ phase: 'BUILDING_UP', enteredOn: '2025-10-01' }, 'phase'],
      [{ phase: 'SELF_RELIANT', enteredOn: '2025-08-01' }, 'enteredOn'],
      [{ phase: 'SELF_RELIANT', enteredOn: addMonths(todayInAmsterdam(), 1) }, 'enteredOn'],
      [{ phase: 'START', enteredOn: '2025-10-01', correction: true }, 'note'],
    ] as const) {
      const refused = await subgraph.query(MOVE, { input: { teamId, ...input } }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
    const notReached = await subgraph.query(TICK, { input: { teamId, item: 'LOCAL_PARTNER_FOUND' } }, admin);
    expect(notReached.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'item' }] });
    const unknown = await subgraph.query(TICK, { input: { teamId, item: 'NO_SUCH_ITEM' } }, admin);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'item' }] });
    const noHandOver = await subgraph.query(
      FOLLOW_UP,
      {
        input: {
          teamId,
          monthsAfterHandOver: 12,
          measuredOn: '2025-10-01',
          stillActiveMembers: 3,
          hoursLastThreeMonths: 10,
          cohesionNote: 'x',
        },
      },
      admin,
    );
    expect(noHandOver.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'teamId' }] });

    // An admin's correction, with a note, may go back.
    const corrected = await ok(MOVE, {
      input: { teamId, phase: 'START', enteredOn: '2025-02-01', correction: true, note: 'Opbouw te vroeg vastgelegd' },
    });
    expect(corrected.moveTeamPhase.phase).toEqual({ phase: 'START', enteredOn: '2025-02-01' });
    const history = (await ok(PATH, { id: teamId, year: THIS_YEAR })).team.phaseHistory;
    expect(history.at(-1)).toEqual({ phase: 'START', enteredOn: '2025-02-01', correction: true, note: 'Opbouw te vroeg vastgelegd' });
  });

  it('keeps a yearly review: goals by coordinators or admins, the reflection by coordinators, stale versions refused', async () => {
    const teamId = await newTeam();
    const coordinator = testIdentities.coordinator(teamId);
    const goals = [
      { theme: 'NEIGHBOURHOOD', goal: 'Elke maand een opruimactie', targetHours: 1200 },
      { theme: 'INFORMAL_CARE', goal: 'Wekelijks koffie met alleenwonende ouderen' },
    ];
    const set = await ok(GOALS, { input: { teamId, year: THIS_YEAR, goals } }, coordinator);
    expect(set.setYearlyGoals).toMatchObject({ year: THIS_YEAR, version: 1, goals: [goals[0], { ...goals[1], targetHours: null }] });

    const duplicate = await subgraph.query(
      GOALS,
      { input: { teamId, year: THIS_YEAR, version: 1, goals: [goals[0], goals[0]] } },
      coordinator,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'goals' }] });
    const past = await subgraph.query(GOALS, { input: { teamId, year: THIS_YEAR - 2, goals } }, coordinator);
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'year' }] });
    const withoutVersion = await subgraph.query(GOALS, { input: { teamId, year: THIS_YEAR, goals } }, admin);
    expect(withoutVersion.errors?.[0].extensions?.code).toBe('CONFLICT');

    const reflected = await ok(
      REFLECT,
      { input: { teamId, year: THIS_YEAR, version: 1, wentWell: 'De opruimacties', wentLessWell: 'Weinig jongeren bereikt' } },
      coordinator,
    );
    expect(reflected.setYearlyReflection).toEqual({ wentWell: 'De opruimacties', wentLessWell: 'Weinig jongeren bereikt', version: 2 });
    const stale = await subgraph.query(
      REFLECT,
      { input: { teamId, year: THIS_YEAR, version: 1, wentWell: 'a', wentLessWell: 'b' } },
      coordinator,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const member = testIdentities.volunteer(demoId('volunteer:someone'), teamId);
    const review = (await ok(PATH, { id: teamId, year: THIS_YEAR }, member)).team.yearlyReview;
    expect(review).toMatchObject({ wentWell: 'De opruimacties', version: 2, goals: [goals[0], { ...goals[1], targetHours: null }] });

    for (const [document, someone] of [
      [REFLECT, admin],
      [REFLECT, member],
      [REFLECT, testIdentities.coordinator(demoId('team:katendrecht'))],
      [GOALS, member],
      [GOALS, testIdentities.coordinator(demoId('team:katendrecht'))],
    ] as const) {
      const input =
        document === REFLECT
          ? { teamId, year: THIS_YEAR, version: 2, wentWell: 'a', wentLessWell: 'b' }
          : { teamId, year: THIS_YEAR, version: 2, goals };
      const refused = await subgraph.query(document, { input }, someone);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows the phase to the team, to partners of its area and admins; the checklist only to the team and admins; changes only by admins', async () => {
    const teamId = await newTeam();
    await ok(MOVE, { input: { teamId, phase: 'START', enteredOn: '2025-02-01' } });
    await ok(TICK, { input: { teamId, item: 'NEIGHBOURHOOD_SCAN_DONE' } });
    const PHASE_AND_CHECKLIST = `query ($id: ID!) { team(id: $id) { phase { phase } checklist { key done tickedBy } } }`;
    const PHASE = `query ($id: ID!) { team(id: $id) { phase { phase } } }`;
    const CHECKLIST = `query ($id: ID!) { team(id: $id) { checklist { key done } } }`;

    for (const someone of [testIdentities.coordinator(teamId), testIdentities.volunteer(demoId('volunteer:someone'), teamId)]) {
      const seen = await subgraph.query(
        `query ($id: ID!) { team(id: $id) { phase { phase } checklist { key done } } }`,
        { id: teamId },
        someone,
      );
      expect(seen.errors).toBeUndefined();
      expect(seen.data.team.phase).toEqual({ phase: 'START' });
      expect(seen.data.team.checklist[0]).toEqual({ key: 'NEIGHBOURHOOD_SCAN_DONE', done: true });
      // Who ticked is the foundation's business.
      const who = await subgraph.query(PHASE_AND_CHECKLIST, { id: teamId }, someone);
      expect(who.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    const partner = testIdentities.partner(PARTNER_OF_AREA);
    expect((await ok(PHASE, { id: teamId }, partner)).team.phase).toEqual({ phase: 'START' });
    const partnerChecklist = await subgraph.query(CHECKLIST, { id: teamId }, partner);
    expect(partnerChecklist.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(partnerChecklist.data?.team?.checklist ?? null).toBeNull();
    // A partner elsewhere does not even get the team.
    expect((await ok(PHASE, { id: teamId }, testIdentities.partner(PARTNER_ELSEWHERE))).team).toBeNull();

    const otherTeam = testIdentities.coordinator(demoId('team:katendrecht'));
    for (const document of [PHASE, CHECKLIST]) {
      const refused = await subgraph.query(document, { id: teamId }, otherTeam);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await subgraph.query(PHASE, { id: teamId }, null);
    expect(anonymous.data?.team ?? null).toBeNull();

    for (const someone of [testIdentities.coordinator(teamId), partner]) {
      const move = await subgraph.query(MOVE, { input: { teamId, phase: 'BUILDING_UP', enteredOn: '2025-06-01' } }, someone);
      expect(move.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const tick = await subgraph.query(TICK, { input: { teamId, item: 'COACH_ASSIGNED' } }, someone);
      expect(tick.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ok(PATH, { id: teamId, year: THIS_YEAR })).team.phase).toEqual({ phase: 'START', enteredOn: '2025-02-01' });
  });
});
