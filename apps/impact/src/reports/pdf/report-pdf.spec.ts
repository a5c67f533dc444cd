import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { testIdentities } from '@buurtvolk/testing';
import { writeFileSync } from 'node:fs';
import { type ImpactWorld, startImpactWorld } from '../../test/impact-world';
import { pdfText } from '../../test/pdf-text';
import { euro, fixedNumber, HIDDEN, number } from './dutch-format';

/**
 * The funder's PDF read back as text: the Dutch headings, the key figures exactly as the API gives them to the same
 * caller, every MKBA line, and no figure the API hides. The gateway brings the name (@requires); here the test sends
 * it in the representation, as the gateway does.
 */
let world: ImpactWorld;
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('neighbourhood:feijenoord');
const TE_WERVE = demoId('team:te-werve');
const rotterdam = testIdentities.partner(demoId('partner:gemeente-rotterdam'));
const rijswijk = testIdentities.partner(demoId('partner:gemeente-rijswijk'));
const admin = testIdentities.admin();

beforeAll(async () => {
  world = await startImpactWorld();
}, 240_000);
afterAll(() => world?.stop());

const FILE = 'fileName contentType base64 byteSize';
const FIGURES = `totalHours extraHours { grossHours baselineHours netHours } volunteers { active } activities { completed residentsReached }
  costBenefit { benefitCostRatio priceLevelYear agreedReturns { title ratio } totalBenefits { cents }
    effects { quantity value { cents } source } }`;

async function entity(typename: 'Neighbourhood' | 'Team', id: string, name: string, as: Identity) {
  const result = await world.impact.query(
    `query ($representations: [_Any!]!, $year: Int!) { _entities(representations: $representations) {
      ... on ${typename} { impactReportPdf(year: $year) { ${FILE} } impact(year: $year) { ${FIGURES} } } } }`,
    { representations: [{ __typename: typename, id, name }], year },
    as,
  );
  return { ...result.data?._entities?.[0], errors: result.errors };
}

const textOf = (file: { base64: string }) => pdfText(Buffer.from(file.base64, 'base64'));

/** The line a label starts, with its value: label and value are written side by side on one line of the PDF. */
const lineOf = (text: string, label: string) =>
  text
    .split('\n')
    .find((line) => line.startsWith(label))
    ?.replace(/\s+/g, ' ');

describe('the impact report as a PDF', () => {
  it('gives a partner its neighbourhood’s report in Dutch, with the figures the API gives it and every MKBA line', async () => {
    const started = performance.now();
    const { impactReportPdf: file, impact, errors } = await entity('Neighbourhood', FEIJENOORD, 'Feijenoord', rotterdam);
    console.info(`PDF of a demo neighbourhood's report: ${file?.byteSize} bytes in ${Math.round(performance.now() - started)} ms`);
    expect(errors).toBeUndefined();
    expect(file).toMatchObject({ fileName: `impactrapport-feijenoord-${year}.pdf`, contentType: 'application/pdf' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(file.byteSize);
    if (process.env.IMPACT_PDF_OUT) writeFileSync(process.env.IMPACT_PDF_OUT, bytes);
    const text = await textOf(file);

    for (const heading of [
      'Impactrapport Feijenoord',
      'Maatschappelijk rendement',
      'Kerncijfers',
      'Uren per thema',
      'Uren per maand',
      'Welzijn van deelnemers',
      'Sociale cohesie in de buurt',
      'Maatschappelijke kosten-batenanalyse (MKBA)',
      'Effecten',
      'Wat is gewaardeerd, en wat niet',
      'Per actor: wat betaalt en wat ontvangt ieder',
      'Nulalternatief: alleen extra uren',
      'Gevoeligheidsanalyse',
      'Methode en aannames',
    ])
      expect(text).toContain(heading);

    const summary = impact.costBenefit;
    expect(lineOf(text, 'Uren vrijwilligerswerk (bruto)')).toContain(`${number(impact.extraHours.grossHours)} uur`);
    expect(lineOf(text, 'Uren die er ook zonder de teams waren')).toContain(`${number(impact.extraHours.baselineHours)} uur`);
    expect(lineOf(text, 'Extra uren (netto)')).toContain(`${number(impact.extraHours.netHours)} uur`);
    expect(lineOf(text, 'Actieve vrijwilligers')).toBe(`Actieve vrijwilligers ${number(impact.volunteers.active, 0)}`);
    expect(lineOf(text, 'Afgeronde activiteiten')).toBe(`Afgeronde activiteiten ${number(impact.activities.completed, 0)}`);
    expect(lineOf(text, 'Bereikte bewoners')).toContain(number(impact.activities.residentsReached, 0));
    // The ratio beside the agreed return, on the first page, and the price level they are in.
    expect(text).toContain(`${fixedNumber(summary.benefitCostRatio, 2)} euro baten per euro kosten`);
    expect(summary.agreedReturns).toHaveLength(1);
    expect(text).toContain(`Afgesproken rendement: ${fixedNumber(summary.agreedReturns[0].ratio, 2)} afgesproken in`);
    expect(text).toContain(`prijspeil ${summary.priceLevelYear}`);
    // Every effect line with its value and its source; a line without a price says it is not valued.
    for (const line of summary.effects) {
      expect(text).toContain(line.value ? euro(line.value.cents) : 'niet gewaardeerd');
      expect(text.replace(/\s+/g, ' ')).toContain(line.source.replace(/\s+/g, ' ').slice(0, 40));
    }
    expect(text).toContain('Berekening: ');
  });

  it('hides in the PDF exactly what the API hides from a partner, and shows it to an admin', async () => {
    const partner = await entity('Team', TE_WERVE, 'Team Te Werve', rijswijk);
    expect(partner.errors).toBeUndefined();
    expect(partner.impact.volunteers.active).toBeNull();
    expect(partner.impactReportPdf.fileName).toBe(`impactrapport-team-te-werve-${year}.pdf`);
    const hidden = await textOf(partner.impactReportPdf);
    expect(lineOf(hidden, 'Actieve vrijwilligers')).toBe(`Actieve vrijwilligers ${HIDDEN}`);
    expect(lineOf(hidden, 'Behaalde certificaten')).toBe(`Behaalde certificaten ${HIDDEN}`);

    const full = await entity('Team', TE_WERVE, 'Team Te Werve', admin);
    const members = full.impact.volunteers.active as number;
    expect(members).toBeGreaterThan(0);
    expect(members).toBeLessThan(10);
    expect(lineOf(await textOf(full.impactReportPdf), 'Actieve vrijwilligers')).toBe(`Actieve vrijwilligers ${members}`);
    // The count is nowhere in the partner's words about people: no "7 deelnemers", "7 vrijwilligers" or "7 respondenten".
    expect(hidden).not.toMatch(new RegExp(`\\b${members} (deelnemers|vrijwilligers|respondenten|leden)`));
  });

  it('refuses a partner a neighbourhood it does not serve, and a volunteer any report', async () => {
    const elsewhere = await entity('Neighbourhood', demoId('neighbourhood:te-werve'), 'Te Werve', rotterdam);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(elsewhere.impactReportPdf ?? null).toBeNull();
    const volunteer = testIdentities.volunteer(demoId('volunteer:feijenoord-02'), demoId('team:feijenoord'));
    const refused = await entity('Team', demoId('team:feijenoord'), 'Team Feijenoord', volunteer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the funder its agreement’s report over the period so far, named after the agreement', async () => {
    const { data } = await world.producers.finance.query(
      `query ($partner: ID!) { partner: _entities(representations: [{ __typename: "Partner", id: $partner }]) { ... on Partner { fundingAgreements { id title } } } }`,
      { partner: demoId('partner:gemeente-rotterdam') },
      rotterdam,
    );
    const [agreement] = data.partner[0].fundingAgreements;
    const result = await world.impact.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on FundingAgreement {
        impactReportPdf { ${FILE} } impact { costBenefit { attribution { sharePercent } } } } } }`,
      { representations: [{ __typename: 'FundingAgreement', id: agreement.id, title: agreement.title }] },
      rotterdam,
    );
    expect(result.errors).toBeUndefined();
    const { attribution } = result.data._entities[0].impact.costBenefit;
    const file = result.data._entities[0].impactReportPdf;
    expect(file.fileName).toMatch(/^impactrapport-[a-z0-9-]+-\d{4}(-\d{4})?\.pdf$/);
    const text = await textOf(file);
    expect(text).toContain(`Impactrapport ${agreement.title}`);
    expect(text).toContain('Financieringsovereenkomst');
    // The agreement's share of its teams' benefits, as the API attributes it to this funder.
    expect(lineOf(text, 'Aandeel van deze overeenkomst')).toContain(`${number(attribution.sharePercent, 2)} %`);
    expect(text).toContain('Toerekening tussen financiers');
    const other = await world.impact.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on FundingAgreement { impactReportPdf { fileName } } } }`,
      { representations: [{ __typename: 'FundingAgreement', id: agreement.id, title: agreement.title }] },
      rijswijk,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
