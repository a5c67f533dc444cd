import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { latestReplay } from '@buurtvolk/events';
import type { Identity } from '@buurtvolk/identity';
import { eventually, testIdentities } from '@buurtvolk/testing';
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
  wellbeing { year participants domains { domain averageChange } }
  cohesion { wave fieldedOn sampleSize cohesionScore changeSinceBaseline }
  firstYearPromise { from until hours status }
  costBenefit { totalCosts { cents } totalBenefits { cents } totalBenefitsLow { cents } totalBenefitsHigh { cents } benefitCostRatio netPresentValue { cents }
    agreedReturns { title ratio } effects { category theme beneficiary quantity priceYear value { cents } source calculation } }`;
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
    expect(summary.totalBenefits.cents).toBe(summary.effects.reduce((sum: number, line: { value: { cents: number } | null }) => sum + (line.value?.cents ?? 0), 0));
    expect(summary.totalBenefitsLow.cents).toBeLessThanOrEqual(summary.totalBenefits.cents);
    expect(summary.totalBenefitsHigh.cents).toBeGreaterThan(summary.totalBenefits.cents);
    expect(summary.benefitCostRatio).toBeCloseTo(summary.totalBenefits.cents / summary.totalCosts.cents, 2);
    expect(summary.agreedReturns).toEqual([expect.objectContaining({ ratio: 1.9 })]);
    const care = summary.effects.find((line: { theme: string }) => line.theme === 'INFORMAL_CARE');
    expect(care).toMatchObject({ category: 'INFORMAL_HELP', beneficiary: 'MUNICIPALITY', priceYear: 2019 });
    expect(care.calculation).toMatch(/hour × €13\.10 = €/);
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
    const [{ members }] = await world.producers.teams.dataSource.query(`SELECT count(*)::int AS members FROM memberships WHERE team_id = $1 AND role <> 'COACH'`, [TE_WERVE.team]);
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
    expect(national.total.totalHours).toBeCloseTo(national.neighbourhoods.reduce((sum: number, row: { hours: number }) => sum + row.hours, 0), 0);
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

    await world.producers.activities.query(`mutation ($input: DecideHourEntryInput!) { revokeHourApproval(input: $input) { status } }`, { input: { id: entry.id, version: entry.version + 1, reason: 'Dubbel ingevoerd' } }, coordinator);
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
    const approved = await world.producers.activities.query(`mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }`, { entries: [{ id: entry.id, version: entry.version }] }, coordinator);
    expect(approved.errors).toBeUndefined();
    await replayFinished(world.impact.dataSource, requestId);
    await eventually(async () => Math.abs((await hours()) - (before + entry.minutes / 60)) <= 0.1, 20_000);
  });

  it("orders an entry's approval and revocation by its version, not by when their transactions began", async () => {
    const handlers = impactSubgraph.events!.handlers!;
    const entryId = '00000000-0000-4000-8000-00000000e501';
    const payload = { entryId, volunteerId: demoId('volunteer:feijenoord-02'), teamId: TE_WERVE.team, neighbourhoodId: TE_WERVE.neighbourhood, date: `${year}-01-05`, minutes: 600, theme: 'HEALTH' };
    const hours = async () => (await report(TEAM, TE_WERVE.team, admin)).report.totalHours as number;
    const before = await hours();
    // The revocation waited for the approval's row lock: its transaction began first, but it decided later (version 3).
    const revoked = { id: '00000000-0000-4000-8000-00000000e503', type: 'HoursApprovalRevoked', source: 'activities', occurredAt: '2026-01-05T10:00:00.000Z', payload: { ...payload, entryVersion: 3 } };
    const approved = { id: '00000000-0000-4000-8000-00000000e502', type: 'HoursApproved', source: 'activities', occurredAt: '2026-01-05T10:00:01.000Z', payload: { ...payload, entryVersion: 2 } };
    for (const event of [approved, revoked, approved]) await world.impact.dataSource.transaction((manager) => handlers[event.type](event.payload, manager, event));
    expect(await hours()).toBe(before);
  });
});

describe('neighbourhood surveys', () => {
  const RECORD = `mutation ($input: RecordNeighbourhoodSurveyInput!) { recordNeighbourhoodSurvey(input: $input) { id wave sampleSize cohesionScore version statements { item score reverseScored } } }`;
  const STATEMENTS = ['PEOPLE_HARDLY_KNOW_EACH_OTHER', 'PEOPLE_GET_ALONG_PLEASANTLY', 'FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD', 'FEEL_AT_HOME_WITH_NEIGHBOURS', 'MUCH_CONTACT_WITH_NEIGHBOURS'];
  const CHARACTERISTICS = ['OPEN_ATTITUDE', 'MEANINGFUL_ROLES', 'LOCAL_RESOURCES_INVOLVED', 'SHARED_ARRANGEMENTS', 'FEELING_SAFE'];
  const results = (agreement: number, statements = STATEMENTS) => ({
    sampleSize: 120,
    statements: statements.map((statement) => ({ statement, meanAgreement: statement === 'PEOPLE_HARDLY_KNOW_EACH_OTHER' ? 6 - agreement : agreement })),
    characteristics: CHARACTERISTICS.map((characteristic) => ({ characteristic, meanAgreement: agreement })),
  });
  const CRABBEHOF = demoId('neighbourhood:crabbehof');

  it('takes one wave a year, corrects one, and shows the trend in the report', async () => {
    // Te Werve's demo waves: a baseline of February 2025, then one each February; a year takes one wave only.
    const [latest] = await world.impact.dataSource.query(`SELECT fielded_on::text AS "fieldedOn" FROM neighbourhood_surveys WHERE neighbourhood_id = $1 ORDER BY fielded_on DESC LIMIT 1`, [TE_WERVE.neighbourhood]);
    const sameYear = await world.impact.query(RECORD, { input: { neighbourhoodId: TE_WERVE.neighbourhood, wave: 'FOLLOW_UP', fieldedOn: `${latest.fieldedOn.slice(0, 4)}-12-31` > todayInAmsterdam() ? todayInAmsterdam() : `${latest.fieldedOn.slice(0, 4)}-12-31`, ...results(4) } }, admin);
    expect(sameYear.errors?.[0].extensions?.code).toBe('CONFLICT');
    const corrected = await world.impact.query(
      `mutation ($input: CorrectNeighbourhoodSurveyInput!) { correctNeighbourhoodSurvey(input: $input) { cohesionScore version } }`,
      { input: { id: demoId('survey:te-werve:1'), version: 1, results: results(4) } },
      admin,
    );
    expect(corrected.data.correctNeighbourhoodSurvey).toEqual({ cohesionScore: 7.5, version: 2 });
    const { report: teWerve } = await report(NEIGHBOURHOOD, TE_WERVE.neighbourhood, admin);
    expect(teWerve.cohesion.at(-1)).toMatchObject({ wave: 'FOLLOW_UP', cohesionScore: 7.5 });
    expect(teWerve.cohesion.at(-1).changeSinceBaseline).toBeGreaterThan(2);
    expect(teWerve.costBenefit.effects.find((line: { category: string }) => line.category === 'SOCIAL_COHESION')).toMatchObject({ value: null });
  });

  it('refuses a wave without every statement, a second baseline, a future date and a coordinator of another neighbourhood', async () => {
    const missing = await world.impact.query(RECORD, { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: todayInAmsterdam(), ...results(3, STATEMENTS.slice(1).concat(STATEMENTS[1])) } }, admin);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'statements', message: expect.stringContaining('PEOPLE_HARDLY_KNOW_EACH_OTHER') }] });
    const second = await world.impact.query(RECORD, { input: { neighbourhoodId: CRABBEHOF, wave: 'BASELINE', fieldedOn: todayInAmsterdam(), ...results(3) } }, admin);
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const future = await world.impact.query(RECORD, { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: `${year + 1}-06-01`, ...results(3) } }, admin);
    expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const stranger = await world.impact.query(RECORD, { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: todayInAmsterdam(), ...results(3) } }, coordinator);
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outOfRange = await world.impact.query(RECORD, { input: { neighbourhoodId: CRABBEHOF, wave: 'FOLLOW_UP', fieldedOn: todayInAmsterdam(), ...results(6) } }, admin);
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the shadow price list', () => {
  const SET = `mutation ($input: SetShadowPriceInput!) { setShadowPrice(input: $input) { priceYear item value { cents } low { cents } high { cents } source version } }`;
  const LIST = `query ($year: Int!) { shadowPrices(year: $year) { priceYear item value { cents } source } }`;

  it('is seeded with published figures only and versioned by price year', async () => {
    const prices = (await world.impact.query(LIST, { year }, rotterdam)).data.shadowPrices;
    expect(prices.find((price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR')).toEqual({ priceYear: 2019, item: 'INFORMAL_HELP_HOUR', value: { cents: 1310 }, source: expect.stringContaining('2019') });
    expect(prices.filter((price: { value: unknown }) => price.value === null).map((price: { item: string }) => price.item).sort()).toEqual(['COHESION_POINT', 'RESIDENT_REACHED', 'TRAINING_CERTIFICATE', 'WELLBEING_POINT']);

    const set = await world.impact.query(SET, { input: { priceYear: 2025, item: 'INFORMAL_HELP_HOUR', unit: 'hour', valueCents: 1450, lowCents: 1450, highCents: 2900, source: 'Herijkt op prijspeil 2025' } }, admin);
    expect(set.data.setShadowPrice).toMatchObject({ priceYear: 2025, value: { cents: 1450 }, version: 1 });
    expect((await world.impact.query(LIST, { year: 2024 }, admin)).data.shadowPrices.find((price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR').value.cents).toBe(1310);
    expect((await world.impact.query(LIST, { year }, admin)).data.shadowPrices.find((price: { item: string }) => price.item === 'INFORMAL_HELP_HOUR').value.cents).toBe(1450);
    const { report: feijenoord } = await report(NEIGHBOURHOOD, FEIJENOORD.neighbourhood, admin);
    expect(feijenoord.costBenefit.effects.find((line: { category: string }) => line.category === 'INFORMAL_HELP')).toMatchObject({ priceYear: 2025, source: 'Herijkt op prijspeil 2025' });
  });

  it('refuses a partner, an incomplete or inverted range, and a stale version', async () => {
    const input = { priceYear: 2025, item: 'RESIDENT_REACHED', unit: 'resident', source: 'test' };
    expect((await world.impact.query(SET, { input }, rotterdam)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partial = await world.impact.query(SET, { input: { ...input, valueCents: 100 } }, admin);
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'valueCents' }] });
    const inverted = await world.impact.query(SET, { input: { ...input, valueCents: 100, lowCents: 200, highCents: 300 } }, admin);
    expect(inverted.errors?.[0].extensions?.fields).toEqual([{ field: 'lowCents', message: 'must not be above the value' }]);
    expect((await world.impact.query(SET, { input }, admin)).data.setShadowPrice.version).toBe(1);
    expect((await world.impact.query(SET, { input: { ...input, note: 'again' } }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await world.impact.query(SET, { input: { ...input, version: 7 } }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('CSV export', () => {
  it('gives every table with Dutch headers, hidden cells as x for partners', async () => {
    const query = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { impact(year: $year) { csv { name content } } } } }`;
    const tables = (await world.impact.query(query, { id: TE_WERVE.team, year }, rijswijk)).data._entities[0].impact.csv;
    const byName = Object.fromEntries(tables.map((table: { name: string; content: string }) => [table.name, table.content.replace(/^\uFEFF/, '').trim().split('\n')]));
    expect(Object.keys(byName)).toEqual(['kerncijfers', 'uren-per-thema', 'maanden', 'welzijn', 'sociale-cohesie', 'urenbelofte-eerste-jaar', 'mkba-kosten', 'mkba-effecten', 'mkba-samenvatting']);
    expect(byName.kerncijfers[0]).toBe('Periode van;Periode tot en met;Uren;Actieve vrijwilligers;Nieuwe vrijwilligers;Gestopte vrijwilligers;Afgeronde activiteiten;Bereikte bewoners;Certificaten;Cursussen');
    const key = byName.kerncijfers[1].split(';');
    expect(key.slice(3, 6)).toEqual(['x', 'x', 'x']);
    expect(key[2]).toMatch(/^\d+(,\d)?$/);
    expect(byName['mkba-effecten'][0]).toContain('Hoeveelheid;Eenheid;Prijs (EUR);Prijsjaar;Waarde (EUR)');
  });
});

describe('batching', () => {
  it('loads the reports of many neighbourhoods with as many statements as one', async () => {
    const places = ['feijenoord', 'afrikaanderwijk', 'delfshaven', 'katendrecht', 'charlois', 'bouwlust', 'leiden-noord', 'te-werve', 'crabbehof'];
    const query = (ids: string[]) =>
      world.impact.query(`query ($reps: [_Any!]!, $year: Int!) { _entities(representations: $reps) { ... on Neighbourhood { impact(year: $year) { totalHours volunteers { active } cohesion { cohesionScore } firstYearPromise { status } costBenefit { benefitCostRatio } } } } }`, {
        reps: ids.map((id) => ({ __typename: 'Neighbourhood', id })),
        year,
      }, admin);
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
