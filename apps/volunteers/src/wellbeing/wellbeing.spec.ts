import type { EventPayload, EventType } from '@buurtvolk/events';
import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { volunteersSubgraph } from '../subgraph';
import { callers, CRABBEHOF, FEIJENOORD, volunteerOf } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const RECORD = `mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { takenOn language remark } }`;
const CONSENT = (mutation: 'giveConsent' | 'withdrawConsent') =>
  `mutation ($input: ConsentInput!) { ${mutation}(input: $input) { purpose givenOn withdrawnOn } }`;
const SUMMARY = `query ($id: ID!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { wellbeing { people domains { domain first latest change } } } } }`;
const scores = (value: number) => ({
  language: value,
  socialNetwork: value,
  meaning: value,
  dailyLife: value,
  homeSituation: value,
  mentalHealth: value,
  physicalHealth: value,
  financialHealth: value,
});

async function teamSummary(teamId: string, caller = callers.admin) {
  const result = await subgraph.query(SUMMARY, { id: teamId }, caller);
  return { summary: result.data?._entities?.[0]?.wellbeing, errors: result.errors };
}

describe('wellbeing checks', () => {
  it('records a check with consent and shows the history and change to the person', async () => {
    const self = callers.volunteerFeijenoord;
    await subgraph.query(CONSENT('giveConsent'), { input: { volunteerId: self.volunteerId, purpose: 'WELLBEING_MONITOR' } }, self);
    const intake = await subgraph.query(RECORD, { input: { volunteerId: self.volunteerId, takenOn: '2026-05-01', ...scores(4) } }, self);
    expect(intake.errors).toBeUndefined();
    const result = await subgraph.query(
      RECORD,
      { input: { volunteerId: self.volunteerId, takenOn: '2026-11-01', ...scores(9), remark: ' Goed gesprek ' } },
      self,
    );
    expect(result.data.recordWellbeingCheck).toEqual({ takenOn: '2026-11-01', language: 9, remark: 'Goed gesprek' });
    const view = await subgraph.query(
      `query ($id: ID!) { volunteer(id: $id) { latestWellbeing { takenOn } wellbeingChange { domain first latest change } } }`,
      { id: self.volunteerId },
      self,
    );
    expect(view.data.volunteer.latestWellbeing.takenOn).toBe('2026-11-01');
    expect(view.data.volunteer.wellbeingChange[0]).toEqual({ domain: 'LANGUAGE', first: 4, latest: 9, change: 5 });
  });

  it('refuses a score outside 0–10 and a check without WELLBEING_MONITOR consent, writing nothing', async () => {
    const id = volunteerOf('feijenoord', 4);
    const before = Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM wellbeing_checks'))[0].n);
    const outOfRange = await subgraph.query(
      RECORD,
      { input: { volunteerId: id, takenOn: '2026-11-01', ...scores(5), mentalHealth: 11 } },
      callers.coordinatorFeijenoord,
    );
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mentalHealth' }] });
    await subgraph.query(
      CONSENT('withdrawConsent'),
      { input: { volunteerId: id, purpose: 'WELLBEING_MONITOR' } },
      callers.coordinatorFeijenoord,
    );
    const noConsent = await subgraph.query(
      RECORD,
      { input: { volunteerId: id, takenOn: '2026-11-01', ...scores(5) } },
      callers.coordinatorFeijenoord,
    );
    expect(noConsent.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'volunteerId', message: 'has not given WELLBEING_MONITOR consent' }],
    });
    expect(Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM wellbeing_checks'))[0].n)).toBe(before);
  });

  it('refuses an unknown consent purpose', async () => {
    const result = await subgraph.query(
      CONSENT('giveConsent'),
      { input: { volunteerId: volunteerOf('feijenoord', 4), purpose: 'MARKETING' } },
      callers.admin,
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('wellbeing figures of a team', () => {
  it('counts only consenting people, and drops someone the day they withdraw', async () => {
    const before = await teamSummary(FEIJENOORD);
    expect(before.summary.people).toBeGreaterThanOrEqual(10);
    expect(before.summary.domains).toHaveLength(8);
    const consenting = (
      await subgraph.dataSource.query(
        `SELECT c.volunteer_id AS id FROM consents c JOIN directory_memberships m ON m.volunteer_id = c.volunteer_id
        WHERE m.team_id = $1 AND c.purpose = 'WELLBEING_MONITOR' AND c.withdrawn_on IS NULL
          AND (SELECT count(*) FROM wellbeing_checks w WHERE w.volunteer_id = c.volunteer_id) >= 2 LIMIT 1`,
        [FEIJENOORD],
      )
    )[0].id;
    await subgraph.query(CONSENT('withdrawConsent'), { input: { volunteerId: consenting, purpose: 'WELLBEING_MONITOR' } }, callers.admin);
    expect((await teamSummary(FEIJENOORD)).summary.people).toBe(before.summary.people - 1);
  });

  it('shows partners figures of 10 or more people in their area only', async () => {
    const partner = await teamSummary(FEIJENOORD, callers.partnerRotterdam);
    expect(partner.summary.people).toBeGreaterThanOrEqual(10);
    const small = await teamSummary(CRABBEHOF, callers.partnerDordrecht);
    expect(small.summary).toEqual({ people: null, domains: null });
    const elsewhere = await teamSummary(FEIJENOORD, callers.partnerLeiden);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hides a neighbourhood that would give away a small team beside a visible one, from partners and coordinators alike', async () => {
    const apply = <K extends EventType>(type: K, payload: EventPayload<K>) =>
      subgraph.dataSource.transaction((manager) => deliverEvent(volunteersSubgraph, manager, type, payload));
    const NEIGHBOURHOOD = demoId('neighbourhood:feijenoord');
    const WELLBEING = `query ($id: ID!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { wellbeing { people } } } }`;
    const neighbourhood = (caller: typeof callers.admin) => subgraph.query(WELLBEING, { id: NEIGHBOURHOOD }, caller);
    // One consenting member with two checks moves to a new team of one in the same neighbourhood.
    const [mover] = await subgraph.dataSource.query(
      `SELECT m.membership_id AS "membershipId", m.volunteer_id AS id FROM directory_memberships m
        WHERE m.team_id = $1 AND m.until_date IS NULL AND m.role = 'MEMBER'
          AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = m.volunteer_id AND c.purpose = 'WELLBEING_MONITOR' AND c.withdrawn_on IS NULL)
          AND (SELECT count(*) FROM wellbeing_checks w WHERE w.volunteer_id = m.volunteer_id) >= 2 LIMIT 1`,
      [FEIJENOORD],
    );
    const smallTeam = randomUUID();
    await apply('TeamPlaced', { teamId: smallTeam, neighbourhoodId: NEIGHBOURHOOD, municipalityCode: 'GM0599', startsOn: '2026-01-01' });
    await apply('MembershipEnded', {
      membershipId: mover.membershipId,
      until: new Date(Date.parse(`${todayInAmsterdam()}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    });
    await apply('MembershipStarted', {
      membershipId: randomUUID(),
      teamId: smallTeam,
      neighbourhoodId: NEIGHBOURHOOD,
      volunteerId: mover.id,
      role: 'MEMBER',
      from: todayInAmsterdam(),
    });

    const visibleTeam = (await teamSummary(FEIJENOORD, callers.partnerRotterdam)).summary.people;
    expect(visibleTeam).toBeGreaterThanOrEqual(10);
    for (const caller of [callers.partnerRotterdam, callers.coordinatorFeijenoord])
      expect((await neighbourhood(caller)).data._entities[0].wellbeing).toEqual({ people: null });
    expect((await neighbourhood(callers.admin)).data._entities[0].wellbeing).toEqual({ people: visibleTeam + 1 });
    expect((await neighbourhood(callers.coordinatorCharlois)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
