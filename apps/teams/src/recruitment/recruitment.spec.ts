import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { addMonths } from '../path/team-path.rules';
import { teamsSubgraph } from '../subgraph';
import { deleteExpiredCandidateData } from './recruitment.service';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('neighbourhood:feijenoord');
const partner = testIdentities.partner(demoId('partner:woonstad-rotterdam'));
const otherPartner = testIdentities.partner(demoId('partner:havensteder'));
const today = todayInAmsterdam();
/** Two years back, so 12 months after joining has passed whatever the day the suite runs. */
const Y = Number(today.slice(0, 4)) - 2;
let teamId: string;
let coordinator: Identity;

const FUNNEL = `query ($id: ID!, $year: Int) { team(id: $id) { recruitmentFunnel(year: $year) {
  year suppressed spokenTo interested intake joined
  after3Months { active lost notYetDue } after12Months { active lost notYetDue } } } }`;
const ADD = `mutation ($input: AddRecruitmentCandidateInput!) { addRecruitmentCandidate(input: $input) { id version firstName } }`;
const STEP = `mutation ($input: RecordIntakeStepInput!) { recordIntakeStep(input: $input) { id version firstConversationOn } }`;
const CLOSE = `mutation ($input: CloseIntakeInput!) { closeIntake(input: $input) {
  id version outcome outcomeOn firstName phone email volunteerId notJoinedReason contactDeletedAt } }`;
const OUTREACH = `mutation ($input: RecordOutreachMomentInput!) { recordOutreachMoment(input: $input) { id interested } }`;

async function ok(identity: Identity | null, query: string, variables: Record<string, unknown>) {
  const answer = await subgraph.query(query, variables, identity);
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

/** A member of the team from `from` (until `until`), as the memberships the team keeps. */
async function member(from: string, until: string | null = null): Promise<string> {
  const volunteerId = randomUUID();
  await subgraph.dataSource.query(
    `INSERT INTO memberships (id, team_id, volunteer_id, role, from_date, until_date, version) VALUES ($1, $2, $3, 'MEMBER', $4, $5, 1)`,
    [randomUUID(), teamId, volunteerId, from, until],
  );
  return volunteerId;
}

/** A candidate through a first conversation on `talkedOn`, then closed as given (or left open). */
async function candidate(firstName: string, talkedOn: string, close?: Record<string, unknown>) {
  const { addRecruitmentCandidate: added } = await ok(coordinator, ADD, { input: { teamId, firstName, phone: '0612345678' } });
  const { recordIntakeStep: stepped } = await ok(coordinator, STEP, {
    input: { id: added.id, version: added.version, firstConversationOn: talkedOn },
  });
  if (!close) return stepped;
  return (await ok(coordinator, CLOSE, { input: { id: added.id, version: stepped.version, ...close } })).closeIntake;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph, { seed: true });
  const { createTeam } = await ok(admin, `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
    input: { name: 'Buurtvolk Funnel', neighbourhoodId: FEIJENOORD, startsOn: `${Y}-03-01`, commitmentEndsOn: `${Y + 5}-03-01` },
  });
  teamId = createTeam.id;
  coordinator = testIdentities.coordinator(teamId);

  for (const [kind, spokenTo, interested] of [
    ['DOOR_TO_DOOR', 60, 14],
    ['MARKET_STAND', 40, 10],
  ] as const)
    await ok(coordinator, OUTREACH, { input: { teamId, kind, heldOn: `${Y}-01-20`, place: 'Rechthuislaan', spokenTo, interested } });
  // 11 joined on the team's first day: 10 stay, 1 leaves within 3 months; 2 did not join; 1 is still in intake.
  for (let i = 0; i < 11; i++) {
    const volunteerId = await member(`${Y}-03-01`, i === 10 ? `${Y}-04-15` : null);
    await candidate(`Kandidaat ${i}`, `${Y}-02-10`, { outcome: 'JOINED', volunteerId });
  }
  await candidate('Noor', `${Y}-02-11`, { outcome: 'NOT_JOINED', notJoinedReason: 'NO_TIME', endedOn: `${Y}-02-20` });
  await candidate('Sem', `${Y}-02-12`, { outcome: 'NOT_JOINED', notJoinedReason: 'MOVED', endedOn: `${Y}-02-25` });
  await candidate('Lina', `${Y}-02-13`);
  // A recent joiner: their 3 and 12 months are still to come.
  const recent = addMonths(today, -1);
  await candidate('Ravi', recent, { outcome: 'JOINED', volunteerId: await member(recent) });
});
afterAll(() => subgraph.destroy());

describe('recruitment of a team', () => {
  it('gives its coordinators the funnel of a year, and of all years with who is not yet due', async () => {
    const { team } = await ok(coordinator, FUNNEL, { id: teamId, year: Y });
    expect(team.recruitmentFunnel).toEqual({
      year: Y,
      suppressed: false,
      spokenTo: 100,
      interested: 24,
      intake: 14,
      joined: 11,
      after3Months: { active: 10, lost: 1, notYetDue: 0 },
      after12Months: { active: 10, lost: 1, notYetDue: 0 },
    });
    const all = (await ok(admin, FUNNEL, { id: teamId, year: null })).team.recruitmentFunnel;
    expect(all).toMatchObject({ year: null, intake: 15, joined: 12, after3Months: { active: 10, lost: 1, notYetDue: 1 } });
    expect(all.after12Months).toEqual({ active: 10, lost: 1, notYetDue: 1 });
  });

  it('shows a partner of the area counts only, hiding what could be worked out, and no names anywhere', async () => {
    const answer = await subgraph.query(FUNNEL, { id: teamId, year: Y }, partner);
    expect(answer.errors).toBeUndefined();
    // 14 in intake and 11 joined would tell that 3 did not: joined and what follows are hidden.
    expect(answer.data.team.recruitmentFunnel).toEqual({
      year: Y,
      suppressed: true,
      spokenTo: 100,
      interested: 24,
      intake: 14,
      joined: null,
      after3Months: { active: null, lost: null, notYetDue: null },
      after12Months: { active: null, lost: null, notYetDue: null },
    });
    expect(answer.text).not.toMatch(/Noor|Sem|Lina|Ravi|Kandidaat|0612345678/);

    const area = await subgraph.query(
      `query ($id: ID!, $year: Int) { neighbourhood(id: $id) { recruitmentFunnel(year: $year) { suppressed spokenTo intake joined } } }`,
      { id: FEIJENOORD, year: Y },
      partner,
    );
    expect(area.data.neighbourhood.recruitmentFunnel).toEqual({ suppressed: true, spokenTo: 100, intake: 14, joined: null });

    for (const [who, field] of [
      [partner, 'recruitmentCandidates { firstName }'],
      [partner, 'outreachMoments { place }'],
      [testIdentities.volunteer(randomUUID(), teamId), 'recruitmentFunnel { intake }'],
      [testIdentities.coordinator(demoId('team:charlois')), 'recruitmentCandidates { firstName }'],
    ] as const) {
      const refused = await subgraph.query(`query ($id: ID!) { team(id: $id) { ${field} } }`, { id: teamId }, who);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.text).not.toMatch(/Noor|Lina/);
    }
    // A partner of another area does not even see the team.
    const elsewhere = await subgraph.query(FUNNEL, { id: teamId, year: Y }, otherPartner);
    expect(elsewhere.data.team).toBeNull();
  });

  it('clears the name and contact of whoever joined, and refuses a volunteer who is not a member', async () => {
    const { team } = await ok(
      coordinator,
      `query ($id: ID!) { team(id: $id) { recruitmentCandidates { firstName phone outcome volunteerId } } }`,
      {
        id: teamId,
      },
    );
    const joined = team.recruitmentCandidates.filter((c: { outcome: string }) => c.outcome === 'JOINED');
    expect(joined).toHaveLength(12);
    for (const person of joined) expect(person).toMatchObject({ firstName: null, phone: null, volunteerId: expect.any(String) });
    expect(team.recruitmentCandidates.find((c: { firstName: string }) => c.firstName === 'Lina')).toMatchObject({ outcome: null });

    const open = await candidate('Joep', `${Y}-05-01`);
    const stranger = await subgraph.query(
      CLOSE,
      { input: { id: open.id, version: open.version, outcome: 'JOINED', volunteerId: randomUUID() } },
      coordinator,
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'volunteerId' }] });
    const tooMany = await subgraph.query(
      OUTREACH,
      { input: { teamId, kind: 'OTHER', heldOn: `${Y}-06-01`, place: 'Bibliotheek', spokenTo: 5, interested: 6 } },
      coordinator,
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'interested' }] });
  });

  it('loads outreach, candidates and funnels of many teams and neighbourhoods with as many statements as for one', async () => {
    const statementsFor = async (query: string, variables: Record<string, unknown>) => {
      const before = subgraph.statements.count;
      await ok(admin, query, variables);
      return subgraph.statements.count - before;
    };
    const teams = `query ($first: Int!) { teams(first: $first) { edges { node {
      outreachMoments { id } recruitmentCandidates { id } recruitmentFunnel(year: ${Y}) { joined after3Months { active } } } } } }`;
    expect(await statementsFor(teams, { first: 100 })).toBe(await statementsFor(teams, { first: 1 }));
    const areas = `{ neighbourhoods { recruitmentFunnel { intake } } }`;
    const oneArea = `query ($id: ID!) { neighbourhood(id: $id) { recruitmentFunnel { intake } } }`;
    expect(await statementsFor(areas, {})).toBe(await statementsFor(oneArea, { id: FEIJENOORD }));
  });

  it('deletes the name and contact of who did not join 12 months after the intake closed, and not before', async () => {
    const { team } = await ok(coordinator, `query ($id: ID!) { team(id: $id) { recruitmentCandidates { id firstName } } }`, { id: teamId });
    const noor = team.recruitmentCandidates.find((c: { firstName: string }) => c.firstName === 'Noor');
    const sem = team.recruitmentCandidates.find((c: { firstName: string }) => c.firstName === 'Sem');
    await subgraph.dataSource.query(`UPDATE recruitment_candidates SET closed_at = now() - interval '12 months 1 day' WHERE id = $1`, [
      noor.id,
    ]);
    await subgraph.dataSource.query(`UPDATE recruitment_candidates SET closed_at = now() - interval '11 months' WHERE id = $1`, [sem.id]);
    expect(await deleteExpiredCandidateData(subgraph.dataSource)).toBe(1);
    expect(await deleteExpiredCandidateData(subgraph.dataSource)).toBe(0);
    const after = (
      await ok(coordinator, `query ($id: ID!) { team(id: $id) { recruitmentCandidates { id firstName phone notJoinedReason } } }`, {
        id: teamId,
      })
    ).team.recruitmentCandidates;
    expect(after.find((c: { id: string }) => c.id === noor.id)).toEqual({
      id: noor.id,
      firstName: null,
      phone: null,
      notJoinedReason: 'NO_TIME',
    });
    expect(after.find((c: { id: string }) => c.id === sem.id)).toMatchObject({ firstName: 'Sem' });
  });
});
