import type { DomainEvent, OutcomeFigureYear } from '@buurtvolk/events';
import { deliverDomainEvent, startTestSubgraph, type TestSubgraph, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { impactSubgraph } from '../subgraph';
import { pdfText } from '../test/pdf-text';

// The effects the seed named, end to end on a fresh impact database: the volunteers service's OutcomeFiguresChanged
// for two teams of one neighbourhood in 2025, informal-care activities, and a Leefbaarometer score an admin imports.
// Team A: 11 people moved on (6 work, 3 education, 2 a training path); 40 measured on the loneliness scale, 12 lonely;
// 20 with an intake and a later check, 9 lonely at intake and 5 now. Team B: 4 into work; 6 measured, 2 lonely.

let impact: TestSubgraph;
const admin = testIdentities.admin();
const ids = { neighbourhood: randomUUID(), teamA: randomUUID(), teamB: randomUUID(), partner: randomUUID() };
const partner = testIdentities.partner(ids.partner);

async function deliver(type: string, payload: Record<string, unknown>): Promise<void> {
  const event: DomainEvent = { id: randomUUID(), type, source: 'test', occurredAt: '2025-06-01T10:00:00.000Z', payload };
  await impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, event));
}

const outcomeYear = (fields: Partial<OutcomeFigureYear>): OutcomeFigureYear => ({
  year: 2025,
  movedPeople: 0,
  movedToPaidWork: 0,
  movedToEducation: 0,
  movedToTraining: 0,
  lonelinessMeasured: 0,
  lonely: 0,
  lonelinessPaired: 0,
  lonelyAtIntake: 0,
  lonelyLatest: 0,
  ...fields,
});

const activity = (theme: string, residentsReached: number) =>
  deliver('ActivityCompleted', {
    activityId: randomUUID(),
    teamId: ids.teamA,
    neighbourhoodId: ids.neighbourhood,
    theme,
    residentsReached,
    on: '2025-05-10',
  });

beforeAll(async () => {
  impact = await startTestSubgraph(impactSubgraph);
  for (const teamId of [ids.teamA, ids.teamB])
    await deliver('TeamPlaced', {
      teamId,
      neighbourhoodId: ids.neighbourhood,
      municipalityCode: 'GM0599',
      startsOn: '2024-01-01',
      version: 1,
    });
  await deliver('PartnerAreasChanged', { partnerId: ids.partner, neighbourhoodIds: [ids.neighbourhood], version: 1, kind: 'MUNICIPALITY' });
  // A later snapshot of team A first: the older one arriving after it must change nothing.
  await deliver('OutcomeFiguresChanged', {
    teamId: ids.teamA,
    neighbourhoodId: ids.neighbourhood,
    version: 2,
    years: [
      outcomeYear({
        movedPeople: 11,
        movedToPaidWork: 6,
        movedToEducation: 3,
        movedToTraining: 2,
        lonelinessMeasured: 40,
        lonely: 12,
        lonelinessPaired: 20,
        lonelyAtIntake: 9,
        lonelyLatest: 5,
      }),
    ],
  });
  await deliver('OutcomeFiguresChanged', {
    teamId: ids.teamA,
    neighbourhoodId: ids.neighbourhood,
    version: 1,
    years: [outcomeYear({ movedPeople: 1, movedToPaidWork: 1 })],
  });
  await deliver('OutcomeFiguresChanged', {
    teamId: ids.teamB,
    neighbourhoodId: ids.neighbourhood,
    version: 1,
    years: [outcomeYear({ movedPeople: 4, movedToPaidWork: 4, lonelinessMeasured: 6, lonely: 2 })],
  });
  await activity('INFORMAL_CARE', 25);
  await activity('NEIGHBOURHOOD', 30);
}, 120_000);
afterAll(() => impact?.destroy());

const REPORT = `
  activities { residentsReached }
  participation { people paidWork education trainingPath }
  loneliness { year measured lonelyPercent interval { lowPercent highPercent method } paired lonelyAtIntakePercent lonelyLatestPercent changePoints changeEvidence }
  informalCare { activities residentsHelped }
  liveability { neighbourhoods { neighbourhoodId editions { areaCode edition score scoreClass source } } noteNl }
  costBenefit { effects { category quantity unit value { cents } source calculation } unpricedEffects notes { code textNl } }
  csv { name content }`;
const entity = (typename: string) =>
  `query ($id: ID!) { _entities(representations: [{ __typename: "${typename}", id: $id }]) { ... on ${typename} { impact(year: 2025) { ${REPORT} } } } }`;

async function report(typename: 'Team' | 'Neighbourhood', id: string, as = admin) {
  const result = await impact.query(entity(typename), { id }, as);
  expect(result.errors).toBeUndefined();
  return result.data._entities[0].impact;
}

describe('participation, loneliness and informal care in the impact report', () => {
  it('shows a team’s counts, the share lonely with its Wilson interval and the change since intake', async () => {
    const team = await report('Team', ids.teamA);
    expect(team.participation).toEqual({ people: 11, paidWork: 6, education: 3, trainingPath: 2 });
    // 12 of 40 lonely = 30.0 %, Wilson 95 % [18.1 %, 45.4 %] (worked out in outcomes.rules.spec). Of the 20 paired,
    // 9 lonely at intake (45.0 %) and 5 now (25.0 %): −20.0 percentage points.
    expect(team.loneliness).toEqual({
      year: 2025,
      measured: 40,
      lonelyPercent: 30,
      interval: { lowPercent: 18.1, highPercent: 45.4, method: 'WILSON' },
      paired: 20,
      lonelyAtIntakePercent: 45,
      lonelyLatestPercent: 25,
      changePoints: -20,
      changeEvidence: 'NOT_ASSESSED',
    });
    // Informal care: the INFORMAL_CARE theme's residents, part of all residents reached (25 of 55).
    expect(team.informalCare).toEqual({ activities: 1, residentsHelped: 25 });
    expect(team.activities.residentsReached).toBe(55);
  });

  it('lists each effect with its quantity, counted but unpriced, and says so', async () => {
    const { costBenefit } = await report('Team', ids.teamA);
    const line = (category: string) => costBenefit.effects.find((effect: { category: string }) => effect.category === category);
    // Net no longer lonely: 9 lonely at intake − 5 now = 4 people.
    expect(line('PARTICIPATION')).toMatchObject({ quantity: 11, unit: 'person', value: null });
    expect(line('LONELINESS')).toMatchObject({ quantity: 4, unit: 'person', value: null });
    expect(line('INFORMAL_CARE_RESIDENTS')).toMatchObject({ quantity: 25, unit: 'resident', value: null });
    expect(line('PARTICIPATION').source).toMatch(/No published Dutch shadow price/);
    expect(costBenefit.unpricedEffects).toEqual(expect.arrayContaining(['PARTICIPATION', 'LONELINESS', 'INFORMAL_CARE_RESIDENTS']));
    const unpriced = costBenefit.notes.find((note: { code: string }) => note.code === 'UNPRICED_EFFECTS').textNl;
    expect(unpriced).toContain('deelnemers naar betaald werk, opleiding of traject');
    expect(unpriced).toContain('deelnemers niet langer eenzaam');
  });

  it('hides small numbers: loneliness under 10 for everyone, participation under 10 from partners, also by subtraction', async () => {
    // The neighbourhood adds team B's 6 measured to team A's 40: 46 − 40 would give team B away, so loneliness is
    // hidden for everyone, admins included (answers about loneliness are personal).
    const admins = await report('Neighbourhood', ids.neighbourhood);
    expect(admins.participation).toEqual({ people: 15, paidWork: 10, education: 3, trainingPath: 2 });
    expect(admins.loneliness).toMatchObject({ measured: null, lonelyPercent: null, interval: null, paired: 20, changePoints: -20 });
    const partners = await report('Neighbourhood', ids.neighbourhood, partner);
    // Team B's 4 would follow from 15 − 11: hidden; a kind under 10 hides every kind.
    expect(partners.participation).toEqual({ people: null, paidWork: null, education: null, trainingPath: null });
    const partnersTeam = await report('Team', ids.teamA, partner);
    expect(partnersTeam.participation).toEqual({ people: 11, paidWork: null, education: null, trainingPath: null });
    const csv = partnersTeam.csv.find((table: { name: string }) => table.name === 'uitkomsten').content;
    expect(csv).toContain('Deelnemers naar werk, opleiding of traject;;11;');
    expect(csv).toContain('waarvan betaald werk;;x;');
  });
});

describe('Leefbaarometer scores', () => {
  const RECORD = `mutation ($input: RecordLiveabilityScoreInput!) { recordLiveabilityScore(input: $input) { id edition score scoreClass version } }`;
  const input = {
    neighbourhoodId: ids.neighbourhood,
    areaCode: 'WK059912',
    edition: 2022,
    score: 3.85,
    scoreClass: 4,
    source: 'Leefbaarometer 3.0 (BZK), editie 2022',
  };

  it('are imported by admins only, with source and edition, and corrected with the version read', async () => {
    expect((await impact.query(RECORD, { input }, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const recorded = await impact.query(RECORD, { input }, admin);
    expect(recorded.data.recordLiveabilityScore).toMatchObject({ edition: 2022, score: 3.85, scoreClass: 4, version: 1 });
    expect((await impact.query(RECORD, { input }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const corrected = await impact.query(RECORD, { input: { ...input, score: 3.9, version: 1 } }, admin);
    expect(corrected.data.recordLiveabilityScore).toMatchObject({ score: 3.9, version: 2 });
    expect((await impact.query(RECORD, { input: { ...input, version: 1 } }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await impact.query(RECORD, { input: { ...input, edition: 2020, areaCode: 'Feijenoord' } }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const listed = await impact.query(
      `query ($id: ID) { liveabilityScores(neighbourhoodId: $id) { edition score source } }`,
      { id: ids.neighbourhood },
      admin,
    );
    expect(listed.data.liveabilityScores).toEqual([{ edition: 2022, score: 3.9, source: input.source }]);
  });

  it('are shown in the report as context, with a note that they are not the teams’ effect, and never valued', async () => {
    const neighbourhood = await report('Neighbourhood', ids.neighbourhood, partner);
    expect(neighbourhood.liveability.neighbourhoods).toEqual([
      {
        neighbourhoodId: ids.neighbourhood,
        editions: [{ areaCode: 'WK059912', edition: 2022, score: 3.9, scoreClass: 4, source: input.source }],
      },
    ]);
    expect(neighbourhood.liveability.noteNl).toContain('context, geen effect van de teams');
    expect(neighbourhood.costBenefit.effects.map((line: { category: string }) => line.category)).not.toContain('LIVEABILITY');
  });
});

describe('the report PDF', () => {
  it('says in Dutch what moved on, how many are lonely with the interval, the informal care and the liveability as context', async () => {
    const result = await impact.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { impactReportPdf(year: 2025) { base64 } } } }`,
      { representations: [{ __typename: 'Team', id: ids.teamA, name: 'Team Outcomes' }] },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const text = (await pdfText(Buffer.from(result.data._entities[0].impactReportPdf.base64, 'base64'))).replace(/\s+/g, ' ');
    expect(text).toContain('Doorstroom, eenzaamheid en informele zorg');
    expect(text).toContain('11 deelnemers, waarvan werk 6, opleiding 3, traject 2');
    expect(text).toContain('30 % van 40 gemeten deelnemers (95 %-interval 18,1–45,4 %, Wilson)');
    expect(text).toContain('25 bewoners geholpen');
    // The MKBA table lists each effect with its quantity, unpriced.
    expect(text).toContain('2025 Naar werk, opleiding of traject Gemeente 11 personen geen prijs niet gewaardeerd');
    expect(text).toContain('2025 Niet langer eenzaam Bewoners 4 personen geen prijs niet gewaardeerd');
    expect(text).toContain('Leefbaarheid als context');
    expect(text).toContain('WK059912, editie 2022');
  });
});
