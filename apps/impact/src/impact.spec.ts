import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { latestReplay } from '@buurtvolk/events';
import type { Identity } from '@buurtvolk/identity';
import { eventually, testIdentities, deliverDomainEvent } from '@buurtvolk/testing';
import { rebuildReadModel } from './read-model/rebuild';
import { impactSubgraph } from './subgraph';
import { type ImpactWorld, readModelSnapshot, replayFinished, startImpactWorld } from './test/impact-world';

let world: ImpactWorld;
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = { team: demoId('team:feijenoord'), neighbourhood: demoId('neighbourhood:feijenoord') };
const TE_WERVE = { team: demoId('team:te-werve'), neighbourhood: demoId('neighbourhood:te-werve') };
const admin = testIdentities.admin();
const rotterdam = testIdentities.partner(demoId('partner:gemeente-rotterdam'));
const rijswijk = testIdentities.partner(demoId('partner:gemeente-rijswijk'));
const coordinator = testIdentities.coordinator(FEIJENOORD.team, demoId('volunteer:feijenoord-01'));

beforeAll(async () => {
  world = await startImpactWorld();
}, 240_000);
afterAll(() => world?.stop());

const REPORT = `
  totalHours hoursByTheme { theme labelNl hours entries }
  volunteers { active joined left } activities { completed residentsReached } training { certificates courses }
  wellbeing { year participants domains { domain averageChange sampleSize interval { low high method } evidence } }
  cohesion { wave fieldedOn sampleSize cohesionScore changeSinceBaseline cohesionScoreStandardDeviation
    cohesionScoreInterval { low high method criticalValue degreesOfFreedom } changeSinceBaselineInterval { low high } changeEvidence }
  firstYearPromise { from until hours status }
  costBenefit { totalCosts { cents } totalBenefits { cents } totalBenefitsLow { cents } totalBenefitsHigh { cents } benefitCostRatio netPresentValue { cents }
    agreedReturns { title ratio } effects { category theme beneficiary quantity priceYear publishedPrice { cents } indexFactor price { cents } value { cents } source calculation }
    priceLevelYear priceIndexBase priceIndex { year indexValue factor provisional } baselinePercent
    costs { year amount { cents } indexFactor amountAtPriceLevel { cents } }
    sensitivity { case discountRatePercent baselinePercent benefitCostRatio totalBenefits { cents } totalCosts { cents } } }`;
const NEIGHBOURHOOD = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { impact(year: $year) { ${REPORT} } } } }`;
const TEAM = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { impact(year: $year) { ${REPORT} } } } }`;

async function report(query: string, id: string, as: Identity, at = year) {
  const result = await world.impact.query(query, { id, year: at }, as);
  return { report: result.data?._entities?.[0]?.impact, errors: result.errors };
}

async function approvedMinutes(teamId: string): Promise<number> {
  const [row] = await world.producers.activities.dataSource.query(
    `SELECT coalesce(sum(minutes), 0)::int AS minutes FROM hour_entries WHERE team_id = $1 AND status = 'APPROVED' AND entry_date BETWEEN $2 AND $3`,
    [teamId, `${year}-01-01`, `${year}-12-31`],
  );
  return row.minutes;
}

describe('the impact report of a demo neighbourhood', () => {
  it('adds up to what the other services hold, and looks plausible', async () => {
    const { report: feijenoord, errors } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    expect(errors).toBeUndefined();
    expect(feijenoord.totalHours).toBeCloseTo((await approvedMinutes(FEIJENOORD.team)) / 60, 1);
    expect(feijenoord.hoursByTheme).toHaveLength(6);
    expect(feijenoord.hoursByTheme.map((row: { labelNl: string }) => row.labelNl)).toContain('Informele zorg');

    const [{ members }] = await world.producers.teams.dataSource.query(
      `SELECT count(*)::int AS members FROM memberships WHERE team_id = $1 AND role <> 'COACH' AND from_date <= $2 AND (until_date IS NULL OR until_date >= $3)`,
      [FEIJENOORD.team, `${year}-12-31`, `${year}-01-01`],
    );
    expect(feijenoord.volunteers.active).toBe(members);
    const [{ done }] = await world.producers.activities.dataSource.query(
      `SELECT count(*)::int AS done FROM activities WHERE team_id = $1 AND status = 'DONE' AND starts_at >= $2 AND starts_at < $3`,
      [FEIJENOORD.team, `${year}-01-01`, `${year + 1}-01-01`],
    );
    expect(feijenoord.activities.completed).toBe(done);
    expect(feijenoord.activities.residentsReached).toBeGreaterThan(done * 5 - 1);

    expect(feijenoord.cohesion.length).toBeGreaterThanOrEqual(2);
    expect(feijenoord.cohesion[0]).toMatchObject({ wave: 'BASELINE', changeSinceBaseline: 0 });
    expect(feijenoord.cohesion.at(-1).changeSinceBaseline).toBeGreaterThan(0);
    expect(feijenoord.firstYearPromise).toEqual([expect.objectContaining({ from: '2024-03-01', until: '2025-02-28', status: 'WITHIN' })]);

    const summary = feijenoord.costBenefit;
    expect(summary.totalCosts.cents).toBeGreaterThan(0);
    expect(summary.totalBenefits.cents).toBe(
      summary.effects.reduce((sum: number, line: { value: { cents: number } | null }) => sum + (line.value?.cents ?? 0), 0),
    );
    expect(summary.totalBenefitsLow.cents).toBeLessThanOrEqual(summary.totalBenefits.cents);
    expect(summary.totalBenefitsHigh.cents).toBeGreaterThan(summary.totalBenefits.cents);
    expect(summary.benefitCostRatio).toBeCloseTo(summary.totalBenefits.cents / summary.totalCosts.cents, 2);
    expect(summary.agreedReturns).toEqual([expect.objectContaining({ ratio: 1.9 })]);
    const care = summary.effects.find((line: { theme: string }) => line.theme === 'INFORMAL_CARE');
    expect(care).toMatchObject({ category: 'INFORMAL_HELP', beneficiary: 'MUNICIPALITY', priceYear: 2019 });
    expect(care.calculation).toMatch(/^€13\.10 \(2019\) × \d\.\d+ \(CPI \d{4}\/2019\) = €\d+\.\d\d; [\d.]+ hour × €\d+\.\d\d = €/);
  });

  it('counts the demo’s loneliness checks and moves on, sent by the volunteers service as counts per team and year', async () => {
    const query = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood {
      impact(year: $year) { participation { people } loneliness { measured lonelyPercent interval { lowPercent highPercent } } } } } }`;
    const { impact: feijenoord } = (await world.impact.query(query, { id: FEIJENOORD.neighbourhood, year }, admin)).data._entities[0];
    const [{ measured }] = await world.producers.volunteers.dataSource.query(
      `SELECT count(DISTINCT l.volunteer_id)::int AS measured FROM loneliness_checks l
         JOIN directory_memberships m ON m.volunteer_id = l.volunteer_id AND m.team_id = $1
        WHERE l.taken_on BETWEEN $2 AND $3`,
      [FEIJENOORD.team, `${year}-01-01`, `${year}-12-31`],
    );
    expect(feijenoord.loneliness.measured).toBe(measured);
    expect(feijenoord.loneliness.interval.lowPercent).toBeLessThanOrEqual(feijenoord.loneliness.lonelyPercent);
    expect(feijenoord.participation.people).toEqual(expect.any(Number));
  });

  it('puts every price and cost in one price level with the CPI, and shows the factors and the sensitivity', async () => {
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    const summary = feijenoord.costBenefit;
    const cpi: { year: number; indexValue: number }[] = (
      await world.impact.query('{ consumerPriceIndex { year indexValue } }', {}, rotterdam)
    ).data.consumerPriceIndex;
    const level = cpi.filter((row) => row.year <= year).at(-1)!;
    expect(summary).toMatchObject({ priceLevelYear: level.year, priceIndexBase: '2015=100', baselinePercent: 0 });
    const cpi2019 = cpi.find((row) => row.year === 2019)!.indexValue;
    const factor = Math.round((level.indexValue / cpi2019) * 10_000) / 10_000;
    const care = summary.effects.find((line: { theme: string }) => line.theme === 'INFORMAL_CARE');
    // The 2019 price of an hour, €13.10, at the report's price level.
    expect(care).toMatchObject({ publishedPrice: { cents: 1310 }, indexFactor: factor, price: { cents: Math.round(1310 * factor) } });
    expect(summary.priceIndex).toEqual(expect.arrayContaining([{ year: 2019, indexValue: cpi2019, factor, provisional: false }]));
    for (const cost of summary.costs) expect(cost.amountAtPriceLevel.cents).toBe(Math.round(cost.amount.cents * cost.indexFactor));
    expect(summary.totalCosts.cents).toBeGreaterThanOrEqual(
      summary.costs.reduce((sum: number, cost: { amount: { cents: number } }) => sum + cost.amount.cents, 0),
    );
    expect(summary.sensitivity.map((result: { case: string }) => result.case)).toEqual([
      'PRICES_LOW',
      'PRICES_HIGH',
      'BASELINE_ZERO',
      'BASELINE_50_PERCENT_HIGHER',
      'DISCOUNT_RATE_0',
      'DISCOUNT_RATE_4',
    ]);
    // No baseline recorded yet: both baseline cases are the central case.
    expect(summary.sensitivity[2]).toMatchObject({ baselinePercent: 0, benefitCostRatio: summary.benefitCostRatio });
    expect(summary.sensitivity[1].benefitCostRatio).toBeGreaterThan(summary.benefitCostRatio);
  });

  it('gives survey waves a 95 % interval and says whether the change since the baseline is demonstrable', async () => {
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, rotterdam);
    const [baseline, ...followUps] = feijenoord.cohesion;
    expect(baseline).toMatchObject({ changeEvidence: null, changeSinceBaselineInterval: null });
    // The demo waves have 80–199 respondents: the normal approximation.
    expect(baseline.cohesionScoreInterval).toMatchObject({ method: 'NORMAL_APPROXIMATION', criticalValue: 1.96, degreesOfFreedom: null });
    expect(baseline.cohesionScoreInterval.low).toBeLessThan(baseline.cohesionScore);
    const last = followUps.at(-1);
    const interval = last.changeSinceBaselineInterval;
    expect(interval.low).toBeLessThan(last.changeSinceBaseline);
    expect(last.changeEvidence).toBe(interval.low > 0 || interval.high < 0 ? 'DEMONSTRABLE' : 'NOT_DEMONSTRABLE');
  });

  it('shows wellbeing change only for groups of 10 or more, to everyone', async () => {
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    if (feijenoord.wellbeing.participants === null) {
      expect(feijenoord.wellbeing.domains).toBeNull();
    } else {
      expect(feijenoord.wellbeing.participants).toBeGreaterThanOrEqual(10);
      expect(feijenoord.wellbeing.domains).toHaveLength(8);
    }
    const { report: teWerve } = await report(NEIGHBOURHOOD, TE_WERVE.neighbourhood, admin);
    expect(teWerve.wellbeing).toMatchObject({ participants: null, domains: null });
  });
});

describe('who sees which report', () => {
  it('gives a partner its own neighbourhoods and refuses the others', async () => {
    expect((await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, rotterdam)).report.totalHours).toBeGreaterThan(0);
    const refused = await report(NEIGHBOURHOOD, TE_WERVE.neighbourhood, rotterdam);
    expect(refused.report).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a coordinator their team, not the neighbourhood or another team, and a volunteer nothing', async () => {
    expect((await report(TEAM, FEIJENOORD.team, coordinator)).report.totalHours).toBeGreaterThan(0);
    expect((await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await report(TEAM, TE_WERVE.team, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const volunteer = testIdentities.volunteer(demoId('volunteer:feijenoord-02'), FEIJENOORD.team);
    expect((await report(TEAM, FEIJENOORD.team, volunteer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hides counts of fewer than 10 people from partners, and not from admins', async () => {
    const [{ members }] = await world.producers.teams.dataSource.query(
      `SELECT count(*)::int AS members FROM memberships WHERE team_id = $1 AND role <> 'COACH'`,
      [TE_WERVE.team],
    );
    expect(members).toBeLessThan(10);
    expect((await report(TEAM, TE_WERVE.team, admin)).report.volunteers.active).toBe(members);
    const partnerView = (await report(TEAM, TE_WERVE.team, rijswijk)).report;
    expect(partnerView.volunteers).toEqual({ active: null, joined: null, left: null });
    expect(partnerView.totalHours).toBeGreaterThan(0);
  });

  it('keeps the national overview for admins', async () => {
    const query = `query ($year: Int!) { nationalImpact(year: $year) { total { totalHours } neighbourhoods { neighbourhood { id } hours activeVolunteers promiseStatus } } }`;
    const national = (await world.impact.query(query, { year }, admin)).data.nationalImpact;
    expect(national.neighbourhoods).toHaveLength(9);
    expect(national.total.totalHours).toBeCloseTo(
      national.neighbourhoods.reduce((sum: number, row: { hours: number }) => sum + row.hours, 0),
      0,
    );
    expect((await world.impact.query(query, { year }, rotterdam)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the read model', () => {
  it('follows hours approved and revoked in the activities service within seconds', async () => {
    const [entry] = await world.producers.activities.dataSource.query(
      `SELECT id, version, minutes FROM hour_entries WHERE team_id = $1 AND status = 'SUBMITTED' AND entry_date >= $2 ORDER BY entry_date LIMIT 1`,
      [FEIJENOORD.team, `${year}-01-01`],
    );
    const hours = async () => (await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin)).report.totalHours as number;
    const before = await hours();
    const decided = await world.producers.activities.query(
      `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status version } }`,
      { entries: [{ id: entry.id, version: entry.version }] },
      coordinator,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data.approveHourEntries).toEqual([{ status: 'APPROVED', version: entry.version + 1 }]);
    await eventually(async () => Math.abs((await hours()) - (before + entry.minutes / 60)) <= 0.1, 10_000);

    await world.producers.activities.query(
      `mutation ($input: DecideHourEntryInput!) { revokeHourApproval(input: $input) { status } }`,
      { input: { id: entry.id, version: entry.version + 1, reason: 'Dubbel ingevoerd' } },
      coordinator,
    );
    await eventually(async () => Math.abs((await hours()) - before) <= 0.1, 10_000);
  });

  it('rebuilt from a replay of every event equals the live model, which stays whole meanwhile', async () => {
    const live = await readModelSnapshot(world.impact.dataSource);
    expect(live.monthly_hours.length).toBeGreaterThan(100);
    const requestId = await rebuildReadModel(world.impact.dataSource, world.bus);
    expect(await latestReplay(world.impact.dataSource)).toBe(requestId);
    // The live model answers unchanged while the rebuild fills its own tables.
    expect(await readModelSnapshot(world.impact.dataSource)).toEqual(live);
    await replayFinished(world.impact.dataSource, requestId);
    expect(await readModelSnapshot(world.impact.dataSource)).toEqual(live);
  });

  it('keeps an event that arrives live during a rebuild', async () => {
    const hours = async () => (await report(TEAM, FEIJENOORD.team, admin)).report.totalHours as number;
    const [entry] = await world.producers.activities.dataSource.query(
      `SELECT id, version, minutes FROM hour_entries WHERE team_id = $1 AND status = 'SUBMITTED' AND entry_date >= $2 ORDER BY entry_date LIMIT 1`,
      [FEIJENOORD.team, `${year}-01-01`],
    );
    const before = await hours();
    const requestId = await rebuildReadModel(world.impact.dataSource, world.bus);
    const approved = await world.producers.activities.query(
      `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }`,
      { entries: [{ id: entry.id, version: entry.version }] },
      coordinator,
    );
    expect(approved.errors).toBeUndefined();
    await replayFinished(world.impact.dataSource, requestId);
    await eventually(async () => Math.abs((await hours()) - (before + entry.minutes / 60)) <= 0.1, 20_000);
  });

  it("orders an entry's approval and revocation by its version, not by when their transactions began", async () => {
    const entryId = '00000000-0000-4000-8000-00000000e501';
    const payload = {
      entryId,
      volunteerId: demoId('volunteer:feijenoord-02'),
      teamId: TE_WERVE.team,
      neighbourhoodId: TE_WERVE.neighbourhood,
      date: `${year}-01-05`,
      minutes: 600,
      theme: 'HEALTH',
    };
    const hours = async () => (await report(TEAM, TE_WERVE.team, admin)).report.totalHours as number;
    const before = await hours();
    // The revocation waited for the approval's row lock: its transaction began first, but it decided later (version 3).
    const revoked = {
      id: '00000000-0000-4000-8000-00000000e503',
      type: 'HoursApprovalRevoked',
      source: 'activities',
      occurredAt: '2026-01-05T10:00:00.000Z',
      payload: { ...payload, entryVersion: 3 },
    };
    const approved = {
      id: '00000000-0000-4000-8000-00000000e502',
      type: 'HoursApproved',
      source: 'activities',
      occurredAt: '2026-01-05T10:00:01.000Z',
      payload: { ...payload, entryVersion: 2 },
    };
    for (const event of [approved, revoked, approved])
      await world.impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, event));
    expect(await hours()).toBe(before);
  });
});

describe('the national overview', () => {
  const LINE = 'neighbourhood { id } hours baselineHours netHours activeVolunteers residentsReached certificates promiseStatus';
  const OVERVIEW = `query ($year: Int!) { nationalImpact(year: $year) { year total { totalHours extraHours { grossHours netHours } hoursByTheme { theme hours entries } volunteers { active } activities { completed residentsReached } } neighbourhoods { ${LINE} } } }`;
  const OWN = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { impact(year: $year) {
    extraHours { grossHours baselineHours netHours } volunteers { active } activities { residentsReached } training { certificates } firstYearPromise { from hours status } } } } }`;
  const overview = async () => (await world.impact.query(OVERVIEW, { year }, admin)).data.nationalImpact;

  /** Each neighbourhood's line as its own report gives it, and its first year's hours summed from the entries themselves. */
  async function linesFromTheDetail(ids: string[]) {
    return Promise.all(
      ids.map(async (id) => {
        const own = (await world.impact.query(OWN, { id, year }, admin)).data._entities[0].impact;
        const promise = own.firstYearPromise[0];
        const [direct] = await world.impact.dataSource.query(
          `SELECT coalesce(sum(h.minutes), 0)::int AS minutes FROM directory_teams t
             JOIN hour_entry_states h ON h.team_id = t.team_id AND h.approved
            WHERE t.neighbourhood_id = $1 AND h.entry_date BETWEEN $2::date AND $2::date + interval '1 year' - interval '1 day'`,
          [id, promise.from],
        );
        return {
          line: {
            neighbourhood: { id },
            hours: own.extraHours.grossHours,
            baselineHours: own.extraHours.baselineHours,
            netHours: own.extraHours.netHours,
            activeVolunteers: own.volunteers.active,
            residentsReached: own.activities.residentsReached,
            certificates: own.training.certificates,
            promiseStatus: promise.status,
          },
          firstYearHours: { reported: promise.hours, summed: Math.round((direct.minutes / 60) * 10) / 10 },
        };
      }),
    );
  }

  it('gives every neighbourhood the figures of its own report, also after revocations, late and repeated events', async () => {
    // An entry of this year approved, revoked, approved again, with a late copy of the first approval arriving last;
    // and a second entry approved twice (a redelivered event).
    const base = {
      volunteerId: demoId('volunteer:feijenoord-02'),
      teamId: TE_WERVE.team,
      neighbourhoodId: TE_WERVE.neighbourhood,
      date: `${year}-02-11`,
      minutes: 150,
      theme: 'HEALTH',
    };
    const event = (id: string, type: string, entryId: string, entryVersion: number, at: string) => ({
      id,
      type,
      source: 'activities',
      occurredAt: `${year}-02-11T${at}.000Z`,
      payload: { ...base, entryId, entryVersion },
    });
    const first = '00000000-0000-4000-8000-00000000e601';
    const second = '00000000-0000-4000-8000-00000000e602';
    const approvedOnce = event('00000000-0000-4000-8000-00000000e611', 'HoursApproved', first, 2, '09:00:00');
    const sequence = [
      approvedOnce,
      event('00000000-0000-4000-8000-00000000e612', 'HoursApprovalRevoked', first, 3, '09:05:00'),
      event('00000000-0000-4000-8000-00000000e613', 'HoursApproved', first, 4, '09:10:00'),
      event('00000000-0000-4000-8000-00000000e614', 'HoursApproved', second, 2, '09:15:00'),
      event('00000000-0000-4000-8000-00000000e614', 'HoursApproved', second, 2, '09:15:00'),
      approvedOnce,
    ];
    const before = await overview();
    for (const sent of sequence) await world.impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, sent));

    const after = await overview();
    expect(after.total.totalHours).toBeCloseTo(before.total.totalHours + 300 / 60, 1);
    const ids = after.neighbourhoods.map((row: { neighbourhood: { id: string } }) => row.neighbourhood.id);
    const detail = await linesFromTheDetail(ids);
    expect(after.neighbourhoods).toEqual(detail.map((row) => row.line));
    for (const { firstYearHours } of detail) expect(firstYearHours.reported).toBe(firstYearHours.summed);
    const teWerve = after.neighbourhoods.find((row: { neighbourhood: { id: string } }) => row.neighbourhood.id === TE_WERVE.neighbourhood);
    const teWerveBefore = before.neighbourhoods.find(
      (row: { neighbourhood: { id: string } }) => row.neighbourhood.id === TE_WERVE.neighbourhood,
    );
    expect(teWerve.hours).toBeCloseTo(teWerveBefore.hours + 5, 1);
    expect(after.total.totalHours).toBeCloseTo(
      after.neighbourhoods.reduce((sum: number, row: { hours: number }) => sum + row.hours, 0),
      0,
    );
  });

  it('is the same after each of two rebuilds, which leave no inbox row per replayed event', async () => {
    const inbox = async () => Number((await world.impact.dataSource.query('SELECT count(*) AS n FROM event_inbox'))[0].n);
    const inboxBefore = await inbox();
    // The events delivered straight to impact above are in no producer's history, so the first rebuild drops them;
    // from then on the model is exactly the history, and a second rebuild must give the same rows and figures.
    await replayFinished(world.impact.dataSource, await rebuildReadModel(world.impact.dataSource, world.bus));
    const model = await readModelSnapshot(world.impact.dataSource);
    const rebuilt = await overview();
    expect(rebuilt.neighbourhoods).toEqual(
      (await linesFromTheDetail(rebuilt.neighbourhoods.map((row: any) => row.neighbourhood.id))).map((row) => row.line),
    );

    await replayFinished(world.impact.dataSource, await rebuildReadModel(world.impact.dataSource, world.bus));
    expect(await readModelSnapshot(world.impact.dataSource)).toEqual(model);
    expect(await overview()).toEqual(rebuilt);
    expect(await inbox()).toBe(inboxBefore);
    // Two whole replays of the demo history: about 20 s alone, several times that beside other suites.
  }, 240_000);
});

describe('neighbourhood surveys', () => {
  const RECORD = `mutation ($input: RecordNeighbourhoodSurveyInput!) { recordNeighbourhoodSurvey(input: $input) { id wave sampleSize cohesionScore version statements { item score reverseScored } } }`;
  const STATEMENTS = [
    'PEOPLE_HARDLY_KNOW_EACH_OTHER',
    'PEOPLE_GET_ALONG_PLEASANTLY',
    'FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD',
    'FEEL_AT_HOME_WITH_NEIGHBOURS',
    'MUCH_CONTACT_WITH_NEIGHBOURS',
  ];
  const CHARACTERISTICS = ['OPEN_ATTITUDE', 'MEANINGFUL_ROLES', 'LOCAL_RESOURCES_INVOLVED', 'SHARED_ARRANGEMENTS', 'FEELING_SAFE'];
  const results = (agreement: number, statements = STATEMENTS) => ({
    sampleSize: 120,
    statements: statements.map((statement) => ({
      statement,
      meanAgreement: statement === 'PEOPLE_HARDLY_KNOW_EACH_OTHER' ? 6 - agreement : agreement,
    })),
    characteristics: CHARACTERISTICS.map((characteristic) => ({ characteristic, meanAgreement: agreement })),
  });
  const CRABBEHOF = demoId('neighbourhood:crabbehof');

  it('takes one wave a year, corrects one, and shows the trend in the report', async () => {
    // Te Werve's demo waves: a baseline of February 2025, then one each February; a year takes one wave only.
    const [latest] = await world.impact.dataSource.query(
      `SELECT fielded_on::text AS "fieldedOn" FROM neighbourhood_surveys WHERE neighbourhood_id = $1 ORDER BY fielded_on DESC LIMIT 1`,
      [TE_WERVE.neighbourhood],
    );
    const sameYear = await world.impact.query(
      RECORD,
      {
        input: {
          neighbourhoodId: TE_WERVE.neighbourhood,
          wave: 'FOLLOW_UP',
          fieldedOn:
            `${latest.fieldedOn.slice(0, 4)}-12-31` > todayInAmsterdam() ? todayInAmsterdam() : `${latest.fieldedOn.slice(0, 4)}-12-31`,
          ...results(4),
        },
      },
      admin,
    );
    expect(sameYear.errors?.[0].extensions?.code).toBe('CONFLICT');
    const corrected = await world.impact.query(
      `mutation ($input: CorrectNeighbourhoodSurveyInput!) { correctNeighbourhoodSurvey(input: $input) { cohesionScore scoreStandardDeviation version } }`,
      { input: { id: demoId('survey:te-werve:1'), version: 1, results: { ...results(4), scoreStandardDeviation: 1.9 } } },
      admin,
    );
    expect(corrected.data.correctNeighbourhoodSurvey).toEqual({ cohesionScore: 7.5, scoreStandardDeviation: 1.9, version: 2 });
    const { report: teWerve } = await report(NEIGHBOURHOOD, TE_WERVE.neighbourhood, admin);
    expect(teWerve.cohesion.at(-1)).toMatchObject({ wave: 'FOLLOW_UP', cohesionScore: 7.5 });
    expect(teWerve.cohesion.at(-1).changeSinceBaseline).toBeGreaterThan(2);
    expect(teWerve.costBenefit.effects.find((line: { category: string }) => line.category === 'SOCIAL_COHESION')).toMatchObject({
      value: null,
    });
  });

  it('refuses a wave without every statement, a second baseline, a future date and a coordinator of another neighbourhood', async () => {
    const missing = await world.impact.query(
      RECORD,
      {
        input: {
          neighbourhoodId: CRABBEHOF,
          wave: 'FOLLOW_UP',
          fieldedOn: todayInAmsterdam(),
          ...results(3, STATEMENTS.slice(1).concat(STATEMENTS[1])),
        },
      },
      admin,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'statements', message: expect.stringContaining('PEOPLE_HARDLY_KNOW_EACH_OTHER') }],
    });
    const second = await world.impact.query(
      RECORD,
      { input: { neighbourhoodId: CRABBEHOF, wave: 'BASELINE', fieldedOn: todayInAmsterdam(), ...results(3) } },
      admin,
    );
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const future = await world.impact.query(
      RECORD,
      { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: `${year + 1}-06-01`, ...results(3) } },
      admin,
    );
    expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const stranger = await world.impact.query(
      RECORD,
      { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: todayInAmsterdam(), ...results(3) } },
      coordinator,
    );
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outOfRange = await world.impact.query(
      RECORD,
      { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: todayInAmsterdam(), ...results(6) } },
      admin,
    );
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the shadow price list', () => {
  const SET = `mutation ($input: SetShadowPriceInput!) { setShadowPrice(input: $input) { priceYear item value { cents } low { cents } high { cents } source version } }`;
  const LIST = `query ($year: Int!) { shadowPrices(year: $year) { priceYear item value { cents } source } }`;

  it('is seeded with published figures only and versioned by price year', async () => {
    const prices = (await world.impact.query(LIST, { year }, rotterdam)).data.shadowPrices;
    expect(prices.find((price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR')).toEqual({
      priceYear: 2019,
      item: 'INFORMAL_HELP_HOUR',
      value: { cents: 1310 },
      source: expect.stringContaining('2019'),
    });
    expect(
      prices
        .filter((price: { value: unknown }) => price.value === null)
        .map((price: { item: string }) => price.item)
        .sort(),
    ).toEqual([
      'COHESION_POINT',
      'INFORMAL_CARE_RESIDENT',
      'LONELINESS_REDUCED',
      'PARTICIPATION_MOVE',
      'RESIDENT_REACHED',
      'TRAINING_CERTIFICATE',
      'WELLBEING_POINT',
    ]);

    const set = await world.impact.query(
      SET,
      {
        input: {
          priceYear: 2025,
          item: 'INFORMAL_HELP_HOUR',
          unit: 'hour',
          valueCents: 1450,
          lowCents: 1450,
          highCents: 2900,
          source: 'Herijkt op prijspeil 2025',
        },
      },
      admin,
    );
    expect(set.data.setShadowPrice).toMatchObject({ priceYear: 2025, value: { cents: 1450 }, version: 1 });
    expect(
      (await world.impact.query(LIST, { year: 2024 }, admin)).data.shadowPrices.find(
        (price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR',
      ).value.cents,
    ).toBe(1310);
    expect(
      (await world.impact.query(LIST, { year }, admin)).data.shadowPrices.find(
        (price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR',
      ).value.cents,
    ).toBe(1450);
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    expect(feijenoord.costBenefit.effects.find((line: { category: string }) => line.category === 'INFORMAL_HELP')).toMatchObject({
      priceYear: 2025,
      source: 'Herijkt op prijspeil 2025',
    });
  });

  it('refuses a partner, an incomplete or inverted range, and a stale version', async () => {
    const input = { priceYear: 2025, item: 'RESIDENT_REACHED', unit: 'resident', source: 'test' };
    expect((await world.impact.query(SET, { input }, rotterdam)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partial = await world.impact.query(SET, { input: { ...input, valueCents: 100 } }, admin);
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'valueCents' }] });
    const inverted = await world.impact.query(SET, { input: { ...input, valueCents: 100, lowCents: 200, highCents: 300 } }, admin);
    expect(inverted.errors?.[0].extensions?.fields).toEqual([{ field: 'lowCents', message: 'must not be above the value' }]);
    expect((await world.impact.query(SET, { input }, admin)).data.setShadowPrice.version).toBe(1);
    expect((await world.impact.query(SET, { input: { ...input, note: 'again' } }, admin)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await world.impact.query(SET, { input: { ...input, version: 7 } }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('CSV export', () => {
  it('gives every table with Dutch headers, hidden cells as x for partners', async () => {
    const query = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { impact(year: $year) { csv { name content } } } } }`;
    const tables = (await world.impact.query(query, { id: TE_WERVE.team, year }, rijswijk)).data._entities[0].impact.csv;
    const byName = Object.fromEntries(
      tables.map((table: { name: string; content: string }) => [
        table.name,
        table.content
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\n'),
      ]),
    );
    expect(Object.keys(byName)).toEqual([
      'kerncijfers',
      'uren-per-thema',
      'maanden',
      'welzijn',
      'sociale-cohesie',
      'urenbelofte-eerste-jaar',
      'mkba-kosten',
      'mkba-effecten',
      'mkba-samenvatting',
      'uitkomsten',
      'leefbaarheid',
    ]);
    expect(byName.kerncijfers[0]).toBe(
      'Periode van;Periode tot en met;Uren;Actieve vrijwilligers;Nieuwe vrijwilligers;Gestopte vrijwilligers;Afgeronde activiteiten;Bereikte bewoners;Certificaten;Cursussen',
    );
    const key = byName.kerncijfers[1].split(';');
    expect(key.slice(3, 6)).toEqual(['x', 'x', 'x']);
    expect(key[2]).toMatch(/^\d+(,\d)?$/);
    expect(byName['mkba-effecten'][0]).toContain('Hoeveelheid;Eenheid;Prijs (EUR);Prijsjaar;Waarde (EUR)');
  });
});

describe('batching', () => {
  it('loads the reports of many neighbourhoods with as many statements as one', async () => {
    const places = [
      'feijenoord',
      'afrikaanderwijk',
      'delfshaven',
      'katendrecht',
      'charlois',
      'bouwlust',
      'leiden-noord',
      'te-werve',
      'crabbehof',
    ];
    const query = (ids: string[]) =>
      world.impact.query(
        `query ($reps: [_Any!]!, $year: Int!) { _entities(representations: $reps) { ... on Neighbourhood { impact(year: $year) { totalHours volunteers { active } cohesion { cohesionScore } firstYearPromise { status } costBenefit { benefitCostRatio } } } } }`,
        {
          reps: ids.map((id) => ({ __typename: 'Neighbourhood', id })),
          year,
        },
        admin,
      );
    const count = async (ids: string[]) => {
      const before = world.impact.statements.count;
      const result = await query(ids);
      expect(result.errors).toBeUndefined();
      return world.impact.statements.count - before;
    };
    const one = await count([demoId('neighbourhood:feijenoord')]);
    const all = await count(places.map((place) => demoId(`neighbourhood:${place}`)));
    expect(all).toBe(one);
  });
});

describe('the consumer price index', () => {
  const SET = `mutation ($input: SetConsumerPriceIndexInput!) { setConsumerPriceIndex(input: $input) { id year indexValue base source provisional note version } }`;
  const LIST = '{ consumerPriceIndex { year indexValue base source provisional note version } }';

  it('is seeded per year from CBS table 83131NED, assumptions marked, and readable by every signed-in role', async () => {
    const rows = (await world.impact.query(LIST, {}, rotterdam)).data.consumerPriceIndex;
    expect(rows.map((row: { year: number }) => row.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const row of rows)
      expect(row).toMatchObject({ base: '2015=100', source: expect.stringContaining('83131NED'), note: expect.any(String) });
    expect(rows.at(-1)).toMatchObject({ provisional: true, note: expect.stringContaining('Assumption') });
  });

  it('lets only admins add or correct a year, audited and versioned, and the reports follow', async () => {
    const input = { year: 2026, indexValue: 140, base: '2015=100', source: 'CBS StatLine 83131NED (test)', provisional: true, version: 1 };
    for (const caller of [rotterdam, coordinator])
      expect((await world.impact.query(SET, { input }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const corrected = await world.impact.query(SET, { input }, admin);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.setConsumerPriceIndex).toMatchObject({ year: 2026, indexValue: 140, version: 2 });
    const [audit] = await world.impact.dataSource.query(`SELECT action, entity_type AS "entityType" FROM audit_log WHERE entity_id = $1`, [
      corrected.data.setConsumerPriceIndex.id,
    ]);
    expect(audit).toEqual({ action: 'consumer-price-index.set', entityType: 'ConsumerPriceIndexYear' });
    expect((await world.impact.query(SET, { input }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const { version: _stale, ...withoutVersion } = input;
    expect((await world.impact.query(SET, { input: withoutVersion }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'version' }],
    });
    expect(
      (await world.impact.query(SET, { input: { ...withoutVersion, year: 2018, base: '2025=100' } }, admin)).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'base' }] });
    const added = await world.impact.query(SET, { input: { ...withoutVersion, year: 2018, indexValue: 103.4, provisional: false } }, admin);
    expect(added.data.setConsumerPriceIndex).toMatchObject({ year: 2018, version: 1, provisional: false });

    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin, 2026);
    const care = feijenoord.costBenefit.effects.find((line: { theme: string; priceYear: number }) => line.theme === 'INFORMAL_CARE');
    // The price in force for 2026 is still the 2019 one unless the shadow-price test re-priced it; either way CPI 2026 is now 140.
    const cpi = Object.fromEntries(
      (await world.impact.query(LIST, {}, admin)).data.consumerPriceIndex.map((row: { year: number; indexValue: number }) => [
        row.year,
        row.indexValue,
      ]),
    );
    expect(care.indexFactor).toBe(Math.round((140 / cpi[care.priceYear]) * 10_000) / 10_000);
  });
});

describe('wellbeing change with its interval', () => {
  it('is shown when the producer sends the sum of squares, and labelled by whether the interval includes 0', async () => {
    // A team the directory does not know (so nothing else counts it), with 12 participants in the social-network
    // domain: Σx = 14, Σx² = 30 → mean 1.17, 95 % interval [0.46, 1.87] by t(11) = 2.201 (see uncertainty.rules.spec).
    // Mental health: Σx = 2, Σx² = 40 → mean 0.17; s² = (40 − 4/12) / 11 = 3.6061, s = 1.899, se = 0.5482;
    // 0.1667 ± 2.201 × 0.5482 = [−1.04, 1.37]: niet aantoonbaar.
    const teamId = '00000000-0000-4000-8000-00000000f001';
    const payload = {
      teamId,
      neighbourhoodId: TE_WERVE.neighbourhood,
      version: 1,
      years: [
        {
          year,
          participants: 12,
          changeSums: { SOCIAL_NETWORK: 14, MENTAL_HEALTH: 2 },
          changeSquareSums: { SOCIAL_NETWORK: 30, MENTAL_HEALTH: 40 },
        },
      ],
    };
    const event = {
      id: '00000000-0000-4000-8000-00000000f002',
      type: 'WellbeingFiguresChanged',
      source: 'volunteers',
      occurredAt: `${year}-01-05T10:00:00.000Z`,
      payload,
    };
    await world.impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, event));
    const { report: team } = await report(TEAM, teamId, admin);
    expect(team.wellbeing.participants).toBe(12);
    expect([...team.wellbeing.domains].sort((a: { domain: string }, b: { domain: string }) => a.domain.localeCompare(b.domain))).toEqual([
      {
        domain: 'MENTAL_HEALTH',
        averageChange: 0.17,
        sampleSize: 12,
        interval: { low: -1.04, high: 1.37, method: 'T_DISTRIBUTION' },
        evidence: 'NOT_DEMONSTRABLE',
      },
      {
        domain: 'SOCIAL_NETWORK',
        averageChange: 1.17,
        sampleSize: 12,
        interval: { low: 0.46, high: 1.87, method: 'T_DISTRIBUTION' },
        evidence: 'DEMONSTRABLE',
      },
    ]);
    // The volunteers service sends the squares, so the demo neighbourhood's figures have intervals too.
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    expect(feijenoord.wellbeing.domains).toHaveLength(8);
    for (const domain of feijenoord.wellbeing.domains) expect(domain.interval).toMatchObject({ method: 'T_DISTRIBUTION' });
    // An event from a producer that leaves the squares out says NOT_ASSESSED rather than guess.
    const older = {
      ...payload,
      teamId: '00000000-0000-4000-8000-00000000f003',
      years: payload.years.map(({ changeSquareSums: _, ...rest }) => rest),
    };
    const olderEvent = { ...event, id: '00000000-0000-4000-8000-00000000f004', payload: older };
    await world.impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, olderEvent));
    const { report: withoutSquares } = await report(TEAM, older.teamId, admin);
    expect(withoutSquares.wellbeing.participants).toBe(12);
    for (const domain of withoutSquares.wellbeing.domains) expect(domain).toMatchObject({ interval: null, evidence: 'NOT_ASSESSED' });
  });
});
