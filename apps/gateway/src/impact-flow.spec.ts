import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { latestReplay } from '@buurtvolk/events';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, eventually, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { replayFinished } from '../../impact/src/test/impact-world';
import { startTestFederation, type TestFederation } from './test/federation';

/** A funder's evidence end to end: its token gets its own neighbourhoods' and agreements' impact, and nothing else. */
let federation: TestFederation;
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('neighbourhood:feijenoord');
const TEAM = demoId('team:feijenoord');
const rotterdam = testIdentities.partner(demoId('partner:gemeente-rotterdam'));
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:feijenoord-01'));

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true, training: true, finance: true, impact: true });
  await replayFinished(federation.impact!.dataSource, (await latestReplay(federation.impact!.dataSource))!);
}, 240_000);
afterAll(() => federation.stop());

function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  return bearerHeaders(identity).then((headers) => postGraphQL(federation.gateway.url, { query, variables }, headers));
}

const NEIGHBOURHOOD_IMPACT = `query ($id: ID!, $year: Int!) { neighbourhood(id: $id) { name impact(year: $year) {
  totalHours volunteers { active } costBenefit { benefitCostRatio agreedReturns { ratio } } csv { name fileName content }
  wellbeing { participants domains { domain averageChange sampleSize interval { low high } evidence } } } } }`;

describe('impact through the gateway', () => {
  it('gives a partner the report of its own neighbourhood, with its agreement’s promised return and CSV tables', async () => {
    const { data, errors } = await as(rotterdam, NEIGHBOURHOOD_IMPACT, { id: FEIJENOORD, year });
    expect(errors).toBeUndefined();
    const impact = data.neighbourhood.impact;
    expect(data.neighbourhood.name).toBe('Feijenoord');
    expect(impact.totalHours).toBeGreaterThan(1000);
    expect(impact.costBenefit.benefitCostRatio).toBeGreaterThan(0);
    expect(impact.costBenefit.agreedReturns).toEqual([{ ratio: 1.9 }]);
    const themes = impact.csv.find((table: { name: string }) => table.name === 'uren-per-thema');
    expect(themes.fileName).toBe(`buurtvolk-neighbourhood-${year}-uren-per-thema.csv`);
    expect(themes.content.replace(/^\uFEFF/, '').split('\n')[0]).toBe('Thema;Uren;Registraties');
    // Volunteers sends the sums of squared changes, so a group of 10 or more gets an interval around each average change.
    expect(impact.wellbeing.participants).toBeGreaterThanOrEqual(10);
    expect(impact.wellbeing.domains).toHaveLength(8);
    for (const change of impact.wellbeing.domains) {
      expect(change.sampleSize).toBe(impact.wellbeing.participants);
      expect(change.interval.low).toBeLessThanOrEqual(change.averageChange);
      expect(change.interval.high).toBeGreaterThanOrEqual(change.averageChange);
      expect(change.evidence).toBe(change.interval.low > 0 || change.interval.high < 0 ? 'DEMONSTRABLE' : 'NOT_DEMONSTRABLE');
    }
    expect(impact.csv.map((table: { name: string }) => table.name)).toEqual(
      expect.arrayContaining(['kerncijfers', 'maanden', 'welzijn', 'sociale-cohesie', 'mkba-effecten', 'mkba-samenvatting']),
    );
  });

  it('shows the partner’s agreements with their impact, and nothing of other funders or other neighbourhoods', async () => {
    const agreements = await as(
      rotterdam,
      `query ($id: ID!) { partner(id: $id) { fundingAgreements { title impact { scope totalHours costBenefit { agreedReturns { ratio } totalCosts { cents } } } } } }`,
      {
        id: demoId('partner:gemeente-rotterdam'),
      },
    );
    expect(agreements.errors).toBeUndefined();
    const [agreement] = agreements.data.partner.fundingAgreements;
    expect(agreement.impact).toMatchObject({ scope: 'FUNDING_AGREEMENT', costBenefit: { agreedReturns: [{ ratio: 1.9 }] } });
    expect(agreement.impact.costBenefit.totalCosts.cents).toBeGreaterThan(0);

    const elsewhere = await as(rotterdam, NEIGHBOURHOOD_IMPACT, { id: demoId('neighbourhood:bouwlust'), year });
    // The teams service does not even name a neighbourhood the partner does not serve, so no report is asked for.
    expect(elsewhere.data.neighbourhood).toBeNull();
    const national = await as(rotterdam, `query ($year: Int!) { nationalImpact(year: $year) { total { totalHours } } }`, { year });
    expect(national.data).toBeNull();
    expect(national.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const prices = await as(
      rotterdam,
      `mutation { setShadowPrice(input: { priceYear: 2026, item: RESIDENT_REACHED, unit: "resident", source: "eigen schatting" }) { id } }`,
    );
    expect(prices.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves the partner’s figures within seconds of a coordinator approving hours', async () => {
    const hours = async () =>
      (await as(rotterdam, NEIGHBOURHOOD_IMPACT, { id: FEIJENOORD, year })).data.neighbourhood.impact.totalHours as number;
    const before = await hours();
    const registered = await as(coordinator, `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }`, {
      input: { teamId: TEAM, volunteerId: demoId('volunteer:feijenoord-03'), date: todayInAmsterdam(), minutes: 120, theme: 'COMMUNITY' },
    });
    expect(registered.errors).toBeUndefined();
    const { id, version } = registered.data.registerHours;
    const approved = await as(
      coordinator,
      `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }`,
      { entries: [{ id, version }] },
    );
    expect(approved.errors).toBeUndefined();
    await eventually(async () => Math.abs((await hours()) - (before + 2)) <= 0.1, 10_000);
  });
});
