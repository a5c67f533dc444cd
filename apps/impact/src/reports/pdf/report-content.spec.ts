import { Theme } from '@buurtvolk/domain';
import { euros } from '@buurtvolk/subgraph-kit';
import { writeFileSync } from 'node:fs';
import { pdfText } from '../../test/pdf-text';
import { Actor, Beneficiary, type CostBenefit, EffectCategory, type EffectLine, ReportNoteCode } from '../cost-benefit.types';
import { PromiseStatus } from '../promise.types';
import { type ImpactReport, ImpactScope } from '../report.types';
import { HIDDEN } from './dutch-format';
import { dutchCalculation, reportContent, reportFileName } from './report-content';
import { renderReportPdf } from './report-pdf';

/** One hour of informal help in 2026: €13.10 (2019) × 1.2997 (CPI 2026/2019) = €17.026… → €17.03. */
const HOUR: EffectLine = {
  year: 2026,
  category: EffectCategory.INFORMAL_HELP,
  theme: Theme.INFORMAL_CARE,
  beneficiary: Beneficiary.MUNICIPALITY,
  quantity: 952.5,
  unit: 'hour',
  priceItem: 'INFORMAL_HELP_HOUR',
  priceYear: 2019,
  publishedPrice: euros(1310),
  indexFactor: 1.2997,
  price: euros(1703),
  // 952.5 × €17.03 = €16,221.075 → €16,221.08
  value: euros(1_622_108),
  valueLow: euros(1_622_108),
  valueHigh: euros(3_000_000),
  source: 'Ecorys voor MantelzorgNL (2019)',
  calculation: '',
} as EffectLine;

const CERTIFICATES = {
  ...HOUR,
  category: EffectCategory.TRAINING,
  theme: null,
  beneficiary: Beneficiary.RESIDENTS,
  quantity: null,
  unit: 'certificate',
  value: null,
  valueLow: null,
  valueHigh: null,
} as EffectLine;
const COHESION = {
  ...HOUR,
  category: EffectCategory.SOCIAL_COHESION,
  theme: null,
  beneficiary: Beneficiary.RESIDENTS,
  quantity: 0.4,
  unit: 'scale point',
  publishedPrice: null,
  indexFactor: null,
  price: null,
  value: null,
  valueLow: null,
  valueHigh: null,
  source: 'No published price',
} as EffectLine;

/** A team's report as a partner sees it: its counts of people hidden, wellbeing shown to nobody (under 10). */
function teamReport(): ImpactReport {
  return {
    scope: ImpactScope.TEAM,
    scopeId: 'team',
    year: 2026,
    from: '2026-01-01',
    until: '2026-12-31',
    totalHours: 1234.5,
    // 1,234.5 gross hours less a baseline of 234.5 (hours given anyway): 1,000 extra.
    extraHours: {
      grossHours: 1234.5,
      baselineHours: 234.5,
      netHours: 1000,
      baselines: [
        { neighbourhoodId: 'n', hoursPerYear: 234.5, sharePercent: null, source: 'Intake 2025', sourceYear: 2025, baselineHours: 234.5 },
      ],
      neighbourhoodsWithoutBaseline: [],
      noteNl: 'Netto extra uren = bruto min nulalternatief.',
      noteEn: '',
    },
    hoursByTheme: [{ theme: Theme.INFORMAL_CARE, labelNl: 'Informele zorg', labelEn: 'Informal care', hours: 952.5, entries: 300 }],
    months: [
      { month: '2026-01', hours: 600, activitiesCompleted: 3, residentsReached: 40 },
      { month: '2026-02', hours: 634.5, activitiesCompleted: 2, residentsReached: 35 },
    ],
    volunteers: { active: null, joined: null, left: null },
    activities: { completed: 5, residentsReached: 75 },
    training: { certificates: null, courses: 2 },
    wellbeing: { year: 2026, participants: null, domains: null },
    cohesion: [],
    firstYearPromise: [
      {
        neighbourhoodId: 'n',
        from: '2026-01-01',
        until: '2026-12-31',
        hours: 1000,
        grossHours: 1234.5,
        baselineHours: 234.5,
        minimumHours: 5000,
        maximumHours: 10_000,
        percentOfMinimum: 24.7,
        expectedByNow: 4600,
        status: PromiseStatus.BEHIND,
      },
    ],
  } as unknown as ImpactReport;
}

function summary(costsCents: number): CostBenefit {
  return {
    discountRatePercent: 2.25,
    priceYear: 2026,
    priceLevelYear: 2026,
    priceIndexBase: '2015=100',
    priceIndex: [{ year: 2019, indexValue: 103.5, factor: 1.2997, provisional: false }],
    baselinePercent: 0,
    baseYear: 2026,
    costs: costsCents
      ? [
          {
            year: 2026,
            category: 'COORDINATION',
            payer: Actor.MUNICIPALITY,
            amount: euros(costsCents),
            indexFactor: 1,
            amountAtPriceLevel: euros(costsCents),
            bookings: 2,
          },
        ]
      : [],
    totalCosts: euros(costsCents),
    effects: [HOUR, CERTIFICATES, COHESION],
    benefitsByBeneficiary: [
      { beneficiary: Beneficiary.MUNICIPALITY, value: euros(1_622_108), valueLow: euros(1_622_108), valueHigh: euros(3_000_000) },
    ],
    totalBenefits: euros(1_622_108),
    totalBenefitsLow: euros(1_622_108),
    totalBenefitsHigh: euros(3_000_000),
    benefitCostRatio: costsCents ? 1_622_108 / costsCents : null,
    benefitCostRatioLow: costsCents ? 1_622_108 / costsCents : null,
    benefitCostRatioHigh: costsCents ? 3_000_000 / costsCents : null,
    netPresentValue: euros(1_622_108 - costsCents),
    netPresentValueLow: euros(1_622_108 - costsCents),
    netPresentValueHigh: euros(3_000_000 - costsCents),
    sensitivity: [],
    agreedReturns: [{ agreementId: 'a', title: 'Buurtvolk Rijswijk', centsPerEuro: 190, ratio: 1.9 }],
    costsRecorded: costsCents > 0,
    societyCosts: euros(costsCents),
    societyNetPresentValue: euros(1_622_108 - costsCents),
    attribution: null,
    actors: [
      {
        actor: Actor.MUNICIPALITY,
        pays: euros(costsCents),
        gains: euros(1_622_108),
        transfersPaid: euros(0),
        transfersReceived: euros(0),
        net: euros(1_622_108 - costsCents),
      },
    ],
    transfers: [],
    notes: [
      { code: ReportNoteCode.VALUED_EFFECTS, textNl: 'Gewaardeerd in euro’s: informele hulp.', textEn: '' },
      { code: ReportNoteCode.UNPRICED_EFFECTS, textNl: 'Geteld maar niet gewaardeerd: sociale cohesie.', textEn: '' },
      ...(costsCents
        ? []
        : [{ code: ReportNoteCode.NO_COSTS_RECORDED, textNl: 'Voor deze periode zijn geen kosten geboekt.', textEn: '' }]),
    ],
  } as unknown as CostBenefit;
}

describe('the content of the PDF report', () => {
  it('writes each MKBA line’s sum out in Dutch, the price first brought to the price level', () => {
    expect(dutchCalculation(HOUR, 2026)).toBe('€ 13,10 (2019) × 1,2997 (CPI 2026/2019) = € 17,03; 952,5 uur × € 17,03 = € 16.221,08');
    expect(dutchCalculation(CERTIFICATES, 2026)).toBe(`Hoeveelheid ${HIDDEN}: niet gewaardeerd`);
    expect(dutchCalculation(COHESION, 2026)).toBe('0,4 schaalpunten × geen gepubliceerde prijs = geteld, niet in geld uitgedrukt');
  });

  it('names the file after the place and year, in ASCII', () => {
    const year = { scope: ImpactScope.NEIGHBOURHOOD, year: 2026, from: '2026-01-01', until: '2026-12-31' };
    expect(reportFileName(year, 'Feijenoord')).toBe('impactrapport-feijenoord-2026.pdf');
    expect(reportFileName({ ...year, scope: ImpactScope.TEAM }, 'Leiden-Noord')).toBe('impactrapport-team-leiden-noord-2026.pdf');
    expect(reportFileName({ ...year, scope: ImpactScope.TEAM }, 'Team Crabbehof')).toBe('impactrapport-team-crabbehof-2026.pdf');
    const agreement = { scope: ImpactScope.FUNDING_AGREEMENT, year: null, from: '2025-03-01', until: '2026-12-31' };
    expect(reportFileName(agreement, 'Gezonde buurt – Café ’t Hoekje')).toBe('impactrapport-gezonde-buurt-cafe-t-hoekje-2025-2026.pdf');
  });

  it('puts the ratio beside the agreed return, and writes hidden counts as hidden', () => {
    const content = reportContent(teamReport(), summary(1_000_000), { scope: ImpactScope.TEAM, name: 'Te Werve' }, '2026-12-02');
    // €16,221.08 of benefits for €10,000.00 of costs: 1.62.
    expect(content.headline.ratio).toBe('1,62 euro baten per euro kosten (bandbreedte 1,62 – 3,00)');
    expect(content.headline.agreed).toBe('1,90 afgesproken in Buurtvolk Rijswijk');
    const figures = Object.fromEntries(content.keyFigures.map((row) => [row.label, row.value]));
    expect(figures).toMatchObject({
      'Uren vrijwilligerswerk (bruto)': '1.234,5 uur',
      'Uren die er ook zonder de teams waren': '234,5 uur',
      'Extra uren (netto)': '1.000 uur',
      'Actieve vrijwilligers': HIDDEN,
      'Behaalde certificaten': HIDDEN,
      'Netto contante waarde': '€ 6.221',
    });
    expect(content.wellbeing).toBeNull();
    // What is valued and what is counted but unpriced, in the API's words, on the first page.
    expect(content.inBrief).toEqual(['Gewaardeerd in euro’s: informele hulp.', 'Geteld maar niet gewaardeerd: sociale cohesie.']);
    expect(content.promise[0]).toMatchObject({ hours: 1000, grossHours: 1234.5 });
  });

  it('shows no ratio and no net present value for a period without costs, and says why', async () => {
    const content = reportContent(teamReport(), summary(0), { scope: ImpactScope.TEAM, name: 'Te Werve' }, '2026-12-02');
    const bytes = await renderReportPdf(content);
    if (process.env.IMPACT_PDF_OUT) writeFileSync(process.env.IMPACT_PDF_OUT, bytes);
    const text = await pdfText(bytes);
    expect(text).toContain('Geen verhouding: in deze periode zijn geen kosten geboekt');
    expect(text).toContain('Voor deze periode zijn geen kosten geboekt.');
    expect(text).toMatch(/Netto contante waarde\s+niet te berekenen zonder kosten/);
    expect(text).not.toContain('€ 16.221 ');
    expect(text).toContain('Welzijnsverandering in 2026 wordt alleen getoond voor groepen van 10 of meer deelnemers');
    expect(text).toMatch(/Actieve vrijwilligers\s+verborgen \(< 10\)/);
    expect(text).toContain('pagina 1 van');
  });
});
