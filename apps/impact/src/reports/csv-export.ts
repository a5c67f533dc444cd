import { type MoneyType } from '@buurtvolk/subgraph-kit';
import { type Theme, themeLabel } from '@buurtvolk/domain';
import { stringify } from 'csv-stringify/sync';
import { SurveyWave } from '../surveys/neighbourhood-survey.entity';
import { Actor, Beneficiary, type CostBenefit, SensitivityCase } from './cost-benefit.types';
import { PromiseStatus } from './promise.types';
import type { CsvTable, ImpactReport } from './report.types';
import { ChangeEvidence } from './uncertainty.types';
// One set of Dutch names for the report's categories, wherever it is written out.
import { BENEFICIARY_NL, CATEGORY_NL, DOMAIN_NL } from './pdf/dutch-format';

const ACTOR_NL: Record<Actor, string> = {
  [Actor.MUNICIPALITY]: 'gemeente',
  [Actor.HOUSING_CORPORATION]: 'woningcorporatie',
  [Actor.CARE_INSURER]: 'zorgverzekeraar',
  [Actor.RESIDENTS]: 'bewoners',
  [Actor.VOLUNTEERS]: 'vrijwilligers',
  [Actor.FOUNDATION_OTHER]: 'stichting en overige financiers',
};
const STATUS_NL: Record<PromiseStatus, string> = {
  [PromiseStatus.NOT_STARTED]: 'Nog niet gestart',
  [PromiseStatus.ON_TRACK]: 'Op koers',
  [PromiseStatus.BEHIND]: 'Achter op schema',
  [PromiseStatus.BELOW]: 'Onder de belofte',
  [PromiseStatus.WITHIN]: 'Binnen de belofte',
  [PromiseStatus.ABOVE]: 'Boven de belofte',
};

/** Dutch spreadsheets read a decimal comma; a hidden cell is "x", as in CBS tables. */
function cell(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return 'x';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

const eur = (money: MoneyType | null) => (money ? (money.cents / 100).toFixed(2).replace('.', ',') : '');

/**
 * Excel and LibreOffice run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so text that
 * people typed (a price's source, a unit) gets a leading apostrophe; a number such as -12,50 stays a number.
 */
export function spreadsheetSafe(text: string): string {
  if (/^-?\d+(,\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function table(name: string, scope: string, header: string[], rows: (string | number | null)[][]): CsvTable {
  const cells = rows.map((row) => row.map((value) => (typeof value === 'string' ? spreadsheetSafe(value) : cell(value))));
  return { name, fileName: `buurtvolk-${scope}-${name}.csv`, content: stringify([header, ...cells], { delimiter: ';', bom: true }) };
}

const EVIDENCE_NL: Record<ChangeEvidence, string> = {
  [ChangeEvidence.DEMONSTRABLE]: 'aantoonbaar',
  [ChangeEvidence.NOT_DEMONSTRABLE]: 'niet aantoonbaar',
  [ChangeEvidence.NOT_ASSESSED]: 'niet bepaald',
};

const SENSITIVITY_NL: Record<SensitivityCase, string> = {
  [SensitivityCase.PRICES_LOW]: 'prijzen laag',
  [SensitivityCase.PRICES_HIGH]: 'prijzen hoog',
  [SensitivityCase.BASELINE_ZERO]: 'nulalternatief 0%',
  [SensitivityCase.BASELINE_50_PERCENT_HIGHER]: 'nulalternatief 50% hoger',
  [SensitivityCase.DISCOUNT_RATE_0]: 'disconteringsvoet 0%',
  [SensitivityCase.DISCOUNT_RATE_4]: 'disconteringsvoet 4%',
};

/** Every table of a report as a partner sees it, with Dutch column headers. */
export function reportCsv(report: ImpactReport, summary: CostBenefit): CsvTable[] {
  const scope = `${report.scope.toLowerCase()}-${report.year ?? `${report.from}-${report.until}`}`;
  const { volunteers, activities, training, wellbeing, participation, loneliness, informalCare, liveability } = report;
  return [
    table(
      'kerncijfers',
      scope,
      [
        'Periode van',
        'Periode tot en met',
        'Uren',
        'Actieve vrijwilligers',
        'Nieuwe vrijwilligers',
        'Gestopte vrijwilligers',
        'Afgeronde activiteiten',
        'Bereikte bewoners',
        'Certificaten',
        'Cursussen',
      ],
      [
        [
          report.from,
          report.until,
          report.totalHours,
          volunteers.active,
          volunteers.joined,
          volunteers.left,
          activities.completed,
          activities.residentsReached,
          training.certificates,
          training.courses,
        ],
      ],
    ),
    table(
      'uren-per-thema',
      scope,
      ['Thema', 'Uren', 'Registraties'],
      report.hoursByTheme.map((row) => [themeLabel(row.theme as Theme).labelNl, row.hours, row.entries]),
    ),
    table(
      'maanden',
      scope,
      ['Maand', 'Uren', 'Afgeronde activiteiten', 'Bereikte bewoners'],
      report.months.map((row) => [row.month, row.hours, row.activitiesCompleted, row.residentsReached]),
    ),
    table(
      'welzijn',
      scope,
      [
        'Jaar',
        'Domein',
        'Gemiddelde verandering sinds intake',
        'Deelnemers',
        '95%-interval ondergrens',
        '95%-interval bovengrens',
        'Aantoonbaar',
      ],
      wellbeing.domains
        ? wellbeing.domains.map((row) => [
            wellbeing.year,
            DOMAIN_NL[row.domain],
            row.averageChange,
            wellbeing.participants,
            row.interval?.low ?? null,
            row.interval?.high ?? null,
            EVIDENCE_NL[row.evidence],
          ])
        : [[wellbeing.year, 'Alle domeinen', null, null, null, null, '']],
    ),
    table(
      'sociale-cohesie',
      scope,
      [
        'Buurt',
        'Meting',
        'Datum',
        'Respondenten',
        'Cohesiescore (0-10)',
        'Verandering sinds nulmeting',
        'Verandering 95%-interval ondergrens',
        'Verandering 95%-interval bovengrens',
        'Aantoonbaar',
      ],
      report.cohesion.map((wave) => [
        wave.neighbourhoodId,
        wave.wave === SurveyWave.BASELINE ? 'Nulmeting' : 'Vervolgmeting',
        wave.fieldedOn,
        wave.sampleSize,
        wave.cohesionScore,
        wave.changeSinceBaseline,
        wave.changeSinceBaselineInterval?.low ?? null,
        wave.changeSinceBaselineInterval?.high ?? null,
        wave.changeEvidence ? EVIDENCE_NL[wave.changeEvidence] : '',
      ]),
    ),
    table(
      'urenbelofte-eerste-jaar',
      scope,
      ['Buurt', 'Eerste jaar vanaf', 'Tot en met', 'Uren', 'Minimum', 'Maximum', 'Procent van minimum', 'Verwacht tot nu', 'Stand'],
      report.firstYearPromise.map((row) => [
        row.neighbourhoodId,
        row.from ?? '',
        row.until ?? '',
        row.hours,
        row.minimumHours,
        row.maximumHours,
        row.percentOfMinimum,
        row.expectedByNow,
        STATUS_NL[row.status],
      ]),
    ),
    table(
      'mkba-kosten',
      scope,
      ['Jaar', 'Categorie', 'Bedrag (EUR)', 'Boekingen', 'Indexfactor (CPI)', 'Bedrag in prijspeil (EUR)'],
      summary.costs.map((row) => [row.year, row.category, eur(row.amount), row.bookings, row.indexFactor, eur(row.amountAtPriceLevel)]),
    ),
    table(
      'mkba-effecten',
      scope,
      [
        'Jaar',
        'Effect',
        'Thema',
        'Begunstigde',
        'Hoeveelheid',
        'Eenheid',
        'Prijs (EUR)',
        'Prijsjaar',
        'Waarde (EUR)',
        'Waarde laag (EUR)',
        'Waarde hoog (EUR)',
        'Berekening',
        'Bron',
        'Gepubliceerde prijs (EUR)',
        'Indexfactor (CPI)',
      ],
      summary.effects.map((line) => [
        line.year,
        CATEGORY_NL[line.category],
        line.theme ? themeLabel(line.theme).labelNl : '',
        BENEFICIARY_NL[line.beneficiary],
        line.quantity,
        line.unit,
        eur(line.price),
        line.priceYear ?? '',
        eur(line.value),
        eur(line.valueLow),
        eur(line.valueHigh),
        line.calculation,
        line.source,
        eur(line.publishedPrice),
        line.indexFactor,
      ]),
    ),
    table(
      'mkba-samenvatting',
      scope,
      ['Kengetal', 'Waarde'],
      [
        ['Disconteringsvoet (%)', summary.discountRatePercent],
        ['Prijsjaar', summary.priceYear],
        ['Prijspeil (CPI-jaar)', summary.priceLevelYear],
        ['CPI-basis', summary.priceIndexBase],
        ['Aandeel uren dat er toch was (nulalternatief, %)', summary.baselinePercent],
        ['Basisjaar (contante waarde)', summary.baseYear],
        ['Kosten (contante waarde, EUR)', eur(summary.totalCosts)],
        ['Baten (contante waarde, EUR)', eur(summary.totalBenefits)],
        ['Baten laag (EUR)', eur(summary.totalBenefitsLow)],
        ['Baten hoog (EUR)', eur(summary.totalBenefitsHigh)],
        ['Baten/kosten-verhouding', summary.benefitCostRatio],
        ['Baten/kosten-verhouding laag', summary.benefitCostRatioLow],
        ['Baten/kosten-verhouding hoog', summary.benefitCostRatioHigh],
        ['Netto contante waarde (EUR)', eur(summary.netPresentValue)],
        ['Netto contante waarde laag (EUR)', eur(summary.netPresentValueLow)],
        ['Netto contante waarde hoog (EUR)', eur(summary.netPresentValueHigh)],
        ...summary.sensitivity.map((result) => [`Gevoeligheid baten/kosten: ${SENSITIVITY_NL[result.case]}`, result.benefitCostRatio]),
        ...summary.agreedReturns.map((agreement) => [`Afgesproken maatschappelijk rendement: ${agreement.title}`, agreement.ratio]),
        ...Object.values(Beneficiary).map((beneficiary) => [
          `Baten voor ${BENEFICIARY_NL[beneficiary]} (EUR)`,
          eur(summary.benefitsByBeneficiary.find((row) => row.beneficiary === beneficiary)!.value),
        ]),
        ['Bruto uren', report.extraHours.grossHours],
        ['Uren die er toch waren (nulalternatief)', report.extraHours.baselineHours],
        ['Netto extra uren', report.extraHours.netHours],
        ['Kosten geboekt', summary.costsRecorded ? 'ja' : 'nee'],
        ...(summary.attribution ? [['Aan de overeenkomst toegerekend deel van de baten (%)', summary.attribution.sharePercent]] : []),
        ['Kosten voor de samenleving, zonder overdrachten (EUR)', eur(summary.societyCosts)],
        ['Saldo voor de samenleving (EUR)', eur(summary.societyNetPresentValue)],
        ...summary.actors.map((row) => [`Saldo ${ACTOR_NL[row.actor]}, overdrachten inbegrepen (EUR)`, eur(row.net)]),
      ],
    ),
    table(
      'uitkomsten',
      scope,
      ['Uitkomst', 'Jaar', 'Aantal', 'Percentage', '95%-interval ondergrens (%)', '95%-interval bovengrens (%)', 'Toelichting'],
      [
        ['Deelnemers naar werk, opleiding of traject', '', participation.people, '', '', '', 'personen; geteld, niet op naam'],
        ['  waarvan betaald werk', '', participation.paidWork, '', '', '', ''],
        ['  waarvan opleiding', '', participation.education, '', '', '', ''],
        ['  waarvan traject', '', participation.trainingPath, '', '', '', ''],
        [
          'Eenzaam (De Jong Gierveld, score 2 of meer)',
          loneliness.year,
          loneliness.measured,
          loneliness.lonelyPercent,
          loneliness.interval?.lowPercent ?? null,
          loneliness.interval?.highPercent ?? null,
          'gemeten deelnemers; Wilson-interval',
        ],
        [
          'Eenzaam bij intake',
          loneliness.year,
          loneliness.paired,
          loneliness.lonelyAtIntakePercent,
          '',
          '',
          'deelnemers met intake en latere meting',
        ],
        ['Eenzaam bij laatste meting', loneliness.year, loneliness.paired, loneliness.lonelyLatestPercent, '', '', ''],
        ['Verandering (procentpunt)', loneliness.year, '', loneliness.changePoints, '', '', EVIDENCE_NL[loneliness.changeEvidence]],
        [
          'Bewoners geholpen door informele zorg',
          '',
          informalCare.residentsHelped,
          '',
          '',
          '',
          `koppen geteld bij ${informalCare.activities} activiteiten`,
        ],
      ],
    ),
    table(
      'leefbaarheid',
      scope,
      ['Buurt', 'Gebiedscode', 'Editie', 'Score', 'Klasse (1-9)', 'Bron', 'Toelichting'],
      liveability.neighbourhoods.flatMap((row) =>
        row.editions.map((edition) => [
          row.neighbourhoodId,
          edition.areaCode,
          edition.edition,
          edition.score,
          edition.scoreClass,
          edition.source,
          liveability.noteNl,
        ]),
      ),
    ),
  ];
}
