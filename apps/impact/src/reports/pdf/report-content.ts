import { type Theme, themeLabel } from '@buurtvolk/domain';
import { SurveyWave } from '../../surveys/neighbourhood-survey.entity';
import type { CostBenefit, EffectLine } from '../cost-benefit.types';
import { type ImpactReport, ImpactScope } from '../report.types';
import { ReportNoteCode } from '../cost-benefit.types';
import {
  ACTOR_NL,
  ATTRIBUTION_BASIS_NL,
  BENEFICIARY_NL,
  CATEGORY_NL,
  costCategoryNl,
  DOMAIN_NL,
  EVIDENCE_NL,
  euro,
  fixedNumber,
  HIDDEN,
  longDate,
  number,
  orHidden,
  SENSITIVITY_NL,
  shortMonth,
  signed,
  slug,
  STATUS_NL,
  unitNl,
  wholeEuro,
} from './dutch-format';

/**
 * What the PDF says, as text and numbers, before any drawing: built only from the report and its cost-benefit summary
 * as the API gives them to this caller. A figure the API hides (null) is written as hidden and drawn nowhere, so the
 * PDF can never show more than the API would.
 */

export interface LabelledValue {
  label: string;
  value: string;
  note?: string;
}

export interface ChartBar {
  label: string;
  value: number;
}

export interface PromiseBar {
  label: string;
  /** Net extra hours (gross less the baseline): what the promise is about. */
  hours: number;
  grossHours: number;
  minimum: number;
  maximum: number;
  expectedByNow: number;
  status: string;
}

export interface ChartEstimate {
  label: string;
  value: number;
  low: number | null;
  high: number | null;
  evidence: string;
}

export interface EffectRow {
  year: string;
  effect: string;
  beneficiary: string;
  quantity: string;
  price: string;
  value: string;
  source: string;
  calculation: string;
}

export interface MethodSection {
  heading: string;
  paragraphs: string[];
}

export interface ReportContent {
  fileName: string;
  title: string;
  subtitle: string;
  period: string;
  generatedOn: string;
  /** The ratio beside the agreed return, the first thing a funder looks for. */
  headline: { ratio: string; agreed: string; priceLevel: string };
  /** The API's plain words on what is valued, what is counted but unpriced, and a period without costs. */
  inBrief: string[];
  keyFigures: LabelledValue[];
  promise: PromiseBar[];
  themes: ChartBar[];
  months: ChartBar[];
  /** null: hidden (fewer than 10 participants), with `wellbeingNote` saying so. */
  wellbeing: ChartEstimate[] | null;
  wellbeingNote: string;
  cohesion: ChartEstimate[];
  cohesionNote: string;
  costs: string[][];
  effects: EffectRow[];
  summary: LabelledValue[];
  sensitivity: LabelledValue[];
  /** Per actor: pays, gains, of which transfers, net. */
  actors: string[][];
  /** Allowances and other transfers between actors, at the price level. */
  transfers: string[][];
  /** An agreement's share of the benefits per year; empty for a neighbourhood or team (the whole). */
  attribution: string[][];
  method: MethodSection[];
}

export interface ReportSubject {
  scope: ImpactScope;
  /** The neighbourhood's or team's name, or the agreement's title, as the owning service gives it. */
  name: string;
}

const SCOPE_NL: Record<ImpactScope, string> = {
  [ImpactScope.NEIGHBOURHOOD]: 'Buurt',
  [ImpactScope.TEAM]: 'Team',
  [ImpactScope.FUNDING_AGREEMENT]: 'Financieringsovereenkomst',
  [ImpactScope.NATIONAL]: 'Landelijk',
};

const hours = (value: number) => `${number(value)} uur`;
const ratio = (value: number) => fixedNumber(value, 2);

/** `impactrapport-feijenoord-2026.pdf`; an agreement, which has no single year, by its period's years. */
export function reportFileName(report: Pick<ImpactReport, 'scope' | 'year' | 'from' | 'until'>, name: string): string {
  const years =
    report.from.slice(0, 4) === report.until.slice(0, 4)
      ? report.from.slice(0, 4)
      : `${report.from.slice(0, 4)}-${report.until.slice(0, 4)}`;
  const team = report.scope === ImpactScope.TEAM && !/^team\b/i.test(name) ? 'team-' : '';
  return `impactrapport-${team}${slug(name)}-${report.year ?? years}.pdf`;
}

/** The line's sum in words a reader can redo: the price brought to the price level, then quantity × price. */
export function dutchCalculation(line: EffectLine, priceLevelYear: number | null): string {
  if (line.quantity === null) return `Hoeveelheid ${HIDDEN}: niet gewaardeerd`;
  const quantity = `${number(line.quantity, 2)} ${unitNl(line.unit, line.quantity)}`;
  if (!line.price || !line.value) return `${quantity} × geen gepubliceerde prijs = geteld, niet in geld uitgedrukt`;
  const indexed =
    line.publishedPrice && line.indexFactor !== null && line.indexFactor !== 1
      ? `${euro(line.publishedPrice.cents)} (${line.priceYear}) × ${fixedNumber(line.indexFactor, 4)} (CPI ${priceLevelYear}/${line.priceYear}) = ${euro(line.price.cents)}; `
      : '';
  return `${indexed}${quantity} × ${euro(line.price.cents)} = ${euro(line.value.cents)}`;
}

function period(report: ImpactReport): string {
  return `${longDate(report.from)} tot en met ${longDate(report.until)}`;
}

function keyFigures(report: ImpactReport, summary: CostBenefit): LabelledValue[] {
  const { volunteers, activities, training, extraHours } = report;
  const noCosts = !summary.costsRecorded;
  const { attribution } = summary;
  return [
    {
      label: 'Uren vrijwilligerswerk (bruto)',
      value: hours(extraHours.grossHours),
      note: 'goedgekeurde uren van teamleden; uren van coaches tellen niet mee',
    },
    {
      label: 'Uren die er ook zonder de teams waren',
      value: hours(extraHours.baselineHours),
      note: extraHours.baselines.length
        ? 'nulalternatief, per buurt vastgelegd met bron'
        : 'geen nulalternatief vastgelegd: elk uur telt als extra',
    },
    { label: 'Extra uren (netto)', value: hours(extraHours.netHours), note: 'wat de belofte en de MKBA tellen' },
    { label: 'Actieve vrijwilligers', value: orHidden(volunteers.active, (value) => number(value, 0)) },
    { label: 'Nieuwe vrijwilligers', value: orHidden(volunteers.joined, (value) => number(value, 0)) },
    { label: 'Gestopte vrijwilligers', value: orHidden(volunteers.left, (value) => number(value, 0)) },
    { label: 'Afgeronde activiteiten', value: number(activities.completed, 0) },
    {
      label: 'Bereikte bewoners',
      value: number(activities.residentsReached, 0),
      note: 'koppen geteld bij open activiteiten, geen geregistreerde personen',
    },
    { label: 'Behaalde certificaten', value: orHidden(training.certificates, (value) => number(value, 0)) },
    ...(attribution
      ? [
          {
            label: 'Aandeel van deze overeenkomst',
            value: `${number(attribution.sharePercent, 2)} %`,
            note: `van de baten van haar teams (${wholeEuro(attribution.wholeBenefits.cents)}), naar haar aandeel in de kosten`,
          },
        ]
      : []),
    {
      label: 'Baten (contante waarde)',
      value: wholeEuro(summary.totalBenefits.cents),
      note: attribution ? 'het deel van deze overeenkomst' : undefined,
    },
    { label: 'Kosten (contante waarde)', value: noCosts ? 'geen kosten geboekt in deze periode' : wholeEuro(summary.totalCosts.cents) },
    {
      label: 'Netto contante waarde',
      value: noCosts ? 'niet te berekenen zonder kosten' : wholeEuro(summary.netPresentValue.cents),
    },
  ];
}

function headline(summary: CostBenefit): ReportContent['headline'] {
  const central = summary.benefitCostRatio;
  const range =
    summary.benefitCostRatioLow !== null && summary.benefitCostRatioHigh !== null
      ? ` (bandbreedte ${ratio(summary.benefitCostRatioLow)} – ${ratio(summary.benefitCostRatioHigh)})`
      : '';
  return {
    ratio:
      central === null
        ? 'Geen verhouding: in deze periode zijn geen kosten geboekt'
        : `${ratio(central)} euro baten per euro kosten${range}`,
    agreed: summary.agreedReturns.length
      ? summary.agreedReturns.map((agreement) => `${ratio(agreement.ratio)} afgesproken in ${agreement.title}`).join('; ')
      : 'geen afgesproken rendement in dit rapport',
    priceLevel:
      summary.priceLevelYear === null
        ? 'nominaal: geen prijsindex vastgelegd'
        : `prijspeil ${summary.priceLevelYear} (CBS-consumentenprijsindex, ${summary.priceIndexBase ?? 'basis onbekend'})`,
  };
}

function wellbeing(report: ImpactReport): Pick<ReportContent, 'wellbeing' | 'wellbeingNote'> {
  const { domains, participants, year } = report.wellbeing;
  if (!domains || participants === null)
    return {
      wellbeing: null,
      wellbeingNote: `Welzijnsverandering in ${year} wordt alleen getoond voor groepen van 10 of meer deelnemers; deze groep is kleiner.`,
    };
  return {
    wellbeing: domains.map((change) => ({
      label: DOMAIN_NL[change.domain],
      value: change.averageChange,
      low: change.interval?.low ?? null,
      high: change.interval?.high ?? null,
      evidence: EVIDENCE_NL[change.evidence],
    })),
    wellbeingNote: `Gemiddelde verandering sinds de intake (schaal 0–10) van ${number(participants, 0)} deelnemers in ${year}, met 95 %-betrouwbaarheidsinterval. Een interval dat 0 omvat is "niet aantoonbaar".`,
  };
}

function cohesion(report: ImpactReport): Pick<ReportContent, 'cohesion' | 'cohesionNote'> {
  const shown = report.cohesion.filter((wave) => wave.cohesionScore !== null);
  const hidden = report.cohesion.length - shown.length;
  const waves = shown.map((wave) => ({
    label: `${wave.wave === SurveyWave.BASELINE ? 'Nulmeting' : 'Vervolg'} ${wave.fieldedOn.slice(0, 7)}`,
    value: wave.cohesionScore!,
    low: wave.cohesionScoreInterval?.low ?? null,
    high: wave.cohesionScoreInterval?.high ?? null,
    evidence:
      wave.wave === SurveyWave.BASELINE
        ? 'nulmeting'
        : `${signed(wave.changeSinceBaseline ?? 0)} sinds nulmeting, ${wave.changeEvidence ? EVIDENCE_NL[wave.changeEvidence] : 'niet bepaald'}`,
  }));
  const notes = [
    'Cohesiescore op de CBS-schaal sociale cohesie (0–10) per meting, met 95 %-betrouwbaarheidsinterval.',
    hidden ? `${hidden === 1 ? 'Eén meting' : `${hidden} metingen`} met minder dan 10 respondenten niet getoond.` : '',
    shown.length === 0 ? 'Er is nog geen meting om te tonen.' : '',
  ];
  return { cohesion: waves, cohesionNote: notes.filter(Boolean).join(' ') };
}

function effects(summary: CostBenefit): EffectRow[] {
  return summary.effects.map((line) => ({
    year: String(line.year),
    effect: line.theme ? `${CATEGORY_NL[line.category]}: ${themeLabel(line.theme as Theme).labelNl}` : CATEGORY_NL[line.category],
    beneficiary: BENEFICIARY_NL[line.beneficiary],
    quantity: line.quantity === null ? HIDDEN : `${number(line.quantity, 2)} ${unitNl(line.unit, line.quantity)}`,
    price: line.price ? `${euro(line.price.cents)}${line.priceYear ? ` (prijs ${line.priceYear})` : ''}` : 'geen prijs',
    value: !line.value
      ? 'niet gewaardeerd'
      : summary.attribution && line.attributedValue
        ? `${euro(line.value.cents)}, toegerekend ${euro(line.attributedValue.cents)}`
        : euro(line.value.cents),
    source: line.source,
    calculation: dutchCalculation(line, summary.priceLevelYear),
  }));
}

function summaryRows(summary: CostBenefit): LabelledValue[] {
  const noCosts = !summary.costsRecorded;
  const range = (low: number | null, high: number | null) => (low === null || high === null ? '' : `${ratio(low)} – ${ratio(high)}`);
  return [
    {
      label: 'Baten (contante waarde)',
      value: euro(summary.totalBenefits.cents),
      note: `laag ${euro(summary.totalBenefitsLow.cents)}, hoog ${euro(summary.totalBenefitsHigh.cents)}`,
    },
    { label: 'Kosten (contante waarde)', value: noCosts ? 'geen kosten geboekt' : euro(summary.totalCosts.cents) },
    {
      label: 'Baten/kosten-verhouding',
      value: summary.benefitCostRatio === null ? 'geen kosten' : ratio(summary.benefitCostRatio),
      note:
        range(summary.benefitCostRatioLow, summary.benefitCostRatioHigh) &&
        `bandbreedte ${range(summary.benefitCostRatioLow, summary.benefitCostRatioHigh)}`,
    },
    {
      label: 'Netto contante waarde',
      value: noCosts ? 'niet getoond' : euro(summary.netPresentValue.cents),
      note: noCosts ? 'zonder geboekte kosten zou dit de hele baten als winst tonen' : undefined,
    },
    {
      label: 'Kosten voor de samenleving',
      value: noCosts ? 'geen kosten geboekt' : euro(summary.societyCosts.cents),
      note: 'de kosten zonder overdrachten (vrijwilligersvergoedingen)',
    },
    {
      label: 'Saldo voor de samenleving',
      value: noCosts ? 'niet getoond' : euro(summary.societyNetPresentValue.cents),
      note: 'baten min kosten voor de samenleving: de som van het saldo van alle actoren',
    },
    ...summary.agreedReturns.map((agreement) => ({ label: `Afgesproken rendement: ${agreement.title}`, value: ratio(agreement.ratio) })),
    {
      label: 'Disconteringsvoet',
      value: `${number(summary.discountRatePercent, 2)} %`,
      note: `reëel; contant gemaakt naar ${summary.baseYear}`,
    },
    {
      label: 'Prijspeil',
      value:
        summary.priceLevelYear === null
          ? 'nominaal (geen prijsindex)'
          : `${summary.priceLevelYear} (CPI ${summary.priceIndexBase ?? ''})`.trim(),
    },
    {
      label: 'Nulalternatief',
      value: `${number(summary.baselinePercent, 1)} %`,
      note: 'van de uren informele hulp die er ook zonder de teams was geweest',
    },
  ];
}

const shown = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined ? 'verborgen (< 10)' : number(value, digits);

/** Participation, loneliness, informal care and liveability in plain words (older report objects may lack them). */
function outcomeSections(report: ImpactReport): MethodSection[] {
  const { participation, loneliness, informalCare, liveability } = report as Partial<ImpactReport>;
  const sections: MethodSection[] = [];
  if (participation && loneliness && informalCare) {
    const lonelyShare =
      loneliness.lonelyPercent === null
        ? `Eenzaamheid in ${loneliness.year} wordt alleen getoond voor groepen van 10 of meer gemeten deelnemers.`
        : `Eenzaam in ${loneliness.year} (De Jong Gierveld, score 2 of meer): ${number(loneliness.lonelyPercent, 1)} % van ${number(loneliness.measured!, 0)} gemeten deelnemers` +
          (loneliness.interval
            ? ` (95 %-interval ${number(loneliness.interval.lowPercent, 1)}–${number(loneliness.interval.highPercent, 1)} %, Wilson).`
            : '.');
    const change =
      loneliness.changePoints === null
        ? ''
        : ` Van de ${number(loneliness.paired!, 0)} deelnemers met een intake en een latere meting was ${number(loneliness.lonelyAtIntakePercent!, 1)} % eenzaam bij de intake en ${number(loneliness.lonelyLatestPercent!, 1)} % nu (${number(loneliness.changePoints, 1)} procentpunt).`;
    sections.push({
      heading: 'Doorstroom, eenzaamheid en informele zorg',
      paragraphs: [
        `Naar betaald werk, opleiding of traject (vastgelegd door de coördinator, met toestemming van de deelnemer): ${shown(participation.people)} deelnemers, ` +
          `waarvan werk ${shown(participation.paidWork)}, opleiding ${shown(participation.education)}, traject ${shown(participation.trainingPath)}.`,
        lonelyShare + change,
        `Informele zorg: ${number(informalCare.residentsHelped, 0)} bewoners geholpen bij ${number(informalCare.activities, 0)} ${informalCare.activities === 1 ? 'activiteit' : 'activiteiten'} op het thema Informele zorg (koppen geteld; onderdeel van de bereikte bewoners).`,
      ],
    });
  }
  if (liveability) {
    const scores = liveability.neighbourhoods.flatMap((row) =>
      row.editions.map(
        (edition) =>
          `${edition.areaCode}, editie ${edition.edition}: score ${number(edition.score, 2)}${edition.scoreClass ? ` (klasse ${edition.scoreClass} van 9)` : ''} (bron: ${edition.source}).`,
      ),
    );
    sections.push({
      heading: 'Leefbaarheid als context',
      paragraphs: [liveability.noteNl, ...(scores.length ? scores : ['Er is geen Leefbaarometer-score vastgelegd.'])],
    });
  }
  return sections;
}

function method(report: ImpactReport, summary: CostBenefit, subject: ReportSubject): MethodSection[] {
  const note = (code: ReportNoteCode) => summary.notes.find((each) => each.code === code)?.textNl;
  const { extraHours } = report;
  const baselines = extraHours.baselines.map(
    (baseline) =>
      `${baseline.hoursPerYear !== null ? `${number(baseline.hoursPerYear, 0)} uur per jaar` : `${number(baseline.sharePercent ?? 0, 1)} % van de bruto uren`} ` +
      `(bron: ${baseline.source}, ${baseline.sourceYear}); in deze periode ${hours(baseline.baselineHours)}.`,
  );
  const sources = [...new Set(summary.effects.filter((line) => line.price).map((line) => `${line.source} (prijsjaar ${line.priceYear})`))];
  const indexYears = summary.priceIndex
    .filter((row) => row.factor !== null)
    .map((row) => `${row.year}: ${fixedNumber(row.factor!, 4)}${row.provisional ? ' (voorlopig)' : ''}`);
  const scopeText: Record<ImpactScope, string> = {
    [ImpactScope.NEIGHBOURHOOD]: `Dit rapport gaat over de buurt ${subject.name} als geheel: alle teams in de buurt en alle kosten die voor hen zijn geboekt.`,
    [ImpactScope.TEAM]: `Dit rapport gaat over het team ${subject.name}: de uren, activiteiten en kosten van dit team.`,
    [ImpactScope.FUNDING_AGREEMENT]: `Dit rapport gaat over de financieringsovereenkomst "${subject.name}" over de looptijd tot nu toe: de teams die zij financiert en de kosten die op deze overeenkomst zijn geboekt.`,
    [ImpactScope.NATIONAL]: 'Dit rapport gaat over alle buurten samen.',
  };
  return [
    {
      heading: 'Wat dit rapport telt',
      paragraphs: [
        scopeText[subject.scope],
        `De periode is ${period(report)}. Uren zijn door een coördinator goedgekeurde uren van teamleden; uren van beroepskrachten (coaches) tellen nooit als vrijwilligersuren. Bereikte bewoners zijn koppen geteld bij open activiteiten, geen geregistreerde personen.`,
      ],
    },
    {
      heading: 'Wat in geld is uitgedrukt, en wat niet',
      paragraphs: [
        'Elke regel van de MKBA-tabel is hoeveelheid × prijs = waarde, met de bron van de prijs.',
        ...[note(ReportNoteCode.VALUED_EFFECTS), note(ReportNoteCode.UNPRICED_EFFECTS)].filter((text): text is string => !!text),
        'Doorstroom naar werk, opleiding of traject, minder eenzaamheid en bewoners geholpen door informele zorg worden geteld maar hebben geen gepubliceerde Nederlandse schaduwprijs: ze staan met hun aantal in de MKBA-tabel, zonder waarde.',
      ],
    },
    ...outcomeSections(report),
    {
      heading: 'Prijspeil en disconteren',
      paragraphs: [
        summary.priceLevelYear === null
          ? 'Er is geen consumentenprijsindex vastgelegd: alle prijzen en kosten staan nominaal, in de prijzen van hun eigen jaar.'
          : `Alle prijzen en kosten zijn met de consumentenprijsindex van het CBS (${summary.priceIndexBase ?? 'basis onbekend'}) omgerekend naar prijspeil ${summary.priceLevelYear}. Indexfactoren: ${indexYears.join('; ') || 'geen'}.`,
        `Baten en kosten van latere jaren zijn contant gemaakt naar ${summary.baseYear} met een reële disconteringsvoet van ${number(summary.discountRatePercent, 2)} % (de Nederlandse standaard voor MKBA's).`,
        (!summary.costsRecorded && note(ReportNoteCode.NO_COSTS_RECORDED)) ||
          'De baten/kosten-verhouding is de contante waarde van de baten gedeeld door die van de kosten.',
      ],
    },
    {
      heading: 'Nulalternatief: alleen extra uren',
      paragraphs: [
        extraHours.noteNl,
        ...baselines,
        `In deze periode: ${hours(extraHours.grossHours)} bruto, ${hours(extraHours.baselineHours)} nulalternatief, ${hours(extraHours.netHours)} netto extra.`,
        ...[note(ReportNoteCode.BASELINE)].filter((text): text is string => !!text),
      ],
    },
    ...(summary.attribution
      ? [
          {
            heading: 'Toerekening tussen financiers',
            paragraphs: [
              summary.attribution.ruleNl,
              `Aan deze overeenkomst toegerekend: ${number(summary.attribution.sharePercent, 2)} % van de baten van haar teams, ${euro(summary.attribution.attributedBenefits.cents)} van ${euro(summary.attribution.wholeBenefits.cents)}. Het aandeel per jaar staat bij de MKBA.`,
            ],
          },
        ]
      : []),
    {
      heading: 'Overdrachten en actoren',
      paragraphs: [
        ...[note(ReportNoteCode.TRANSFERS)].filter((text): text is string => !!text),
        'Per actor staat wat die betaalt en wat die ontvangt. Baten gaan naar de actor die het effect ten goede komt (een aanname per thema, zie de kolom Begunstigde); kosten naar de partij van de financieringsovereenkomst.',
      ],
    },
    {
      heading: 'Onzekerheid',
      paragraphs: [
        'Gemiddelden uit vragenlijsten (welzijn, sociale cohesie) staan met hun steekproefgrootte en een 95 %-betrouwbaarheidsinterval. Omvat het interval 0, dan heet de verandering "niet aantoonbaar": ze kan toeval zijn.',
        'De gevoeligheidsanalyse herhaalt de berekening met alle prijzen laag en hoog, met een nulalternatief van 0 % en van 50 % hoger, en met een disconteringsvoet van 0 % en 4 %.',
      ],
    },
    {
      heading: 'Kleine aantallen',
      paragraphs: [
        'Aantallen en gemiddelden over minder dan 10 personen worden voor partners niet getoond ("verborgen (< 10)"), en ook geen cijfer waaruit zo\'n aantal af te leiden is. Welzijnsverandering wordt voor niemand getoond bij minder dan 10 deelnemers. Dit rapport toont precies wat de API aan de lezer toont.',
      ],
    },
    {
      heading: 'Bronnen van de prijzen',
      paragraphs: sources.length ? sources : ['Er is geen prijs gebruikt.'],
    },
  ];
}

export function reportContent(report: ImpactReport, summary: CostBenefit, subject: ReportSubject, generatedOn: string): ReportContent {
  const title = `Impactrapport ${subject.name}`;
  return {
    fileName: reportFileName(report, subject.name),
    title,
    subtitle: `${SCOPE_NL[subject.scope]} · ${report.year ?? `looptijd ${report.from.slice(0, 4)}–${report.until.slice(0, 4)}`}`,
    period: period(report),
    generatedOn: longDate(generatedOn),
    headline: headline(summary),
    inBrief: summary.notes
      .filter((note) =>
        [ReportNoteCode.VALUED_EFFECTS, ReportNoteCode.UNPRICED_EFFECTS, ReportNoteCode.NO_COSTS_RECORDED].includes(note.code),
      )
      .map((note) => note.textNl),
    keyFigures: keyFigures(report, summary),
    promise: report.firstYearPromise
      .filter((promise) => promise.from !== null)
      .map((promise) => ({
        label: `Eerste jaar vanaf ${longDate(promise.from!)}`,
        hours: promise.hours,
        grossHours: promise.grossHours,
        minimum: promise.minimumHours,
        maximum: promise.maximumHours,
        expectedByNow: promise.expectedByNow,
        status: STATUS_NL[promise.status],
      })),
    themes: report.hoursByTheme.map((row) => ({ label: themeLabel(row.theme).labelNl, value: row.hours })),
    months: report.months.map((row) => ({ label: shortMonth(row.month), value: row.hours })),
    ...wellbeing(report),
    ...cohesion(report),
    costs: summary.costs.map((cost) => [
      String(cost.year),
      costCategoryNl(cost.category),
      ACTOR_NL[cost.payer],
      euro(cost.amount.cents),
      cost.indexFactor === null ? 'nominaal' : fixedNumber(cost.indexFactor, 4),
      euro(cost.amountAtPriceLevel.cents),
    ]),
    effects: effects(summary),
    summary: summaryRows(summary),
    sensitivity: summary.sensitivity.map((result) => ({
      label: SENSITIVITY_NL[result.case],
      value: result.benefitCostRatio === null ? 'geen kosten' : ratio(result.benefitCostRatio),
      note: `baten ${wholeEuro(result.totalBenefits.cents)}`,
    })),
    actors: summary.actors.map((row) => [
      ACTOR_NL[row.actor],
      euro(row.pays.cents),
      euro(row.gains.cents),
      euro(row.transfersReceived.cents - row.transfersPaid.cents),
      euro(row.net.cents),
    ]),
    transfers: summary.transfers.map((line) => [
      String(line.year),
      'Vrijwilligersvergoedingen',
      `van ${ACTOR_NL[line.from]} aan ${ACTOR_NL[line.to]}`,
      euro(line.amount.cents),
      euro(line.amountAtPriceLevel.cents),
    ]),
    attribution: (summary.attribution?.years ?? []).map((year) => [
      String(year.year),
      ATTRIBUTION_BASIS_NL[year.basis],
      euro(year.agreementAmount.cents),
      euro(year.areaAmount.cents),
      `${number(year.sharePercent, 2)} %`,
    ]),
    method: method(report, summary, subject),
  };
}
