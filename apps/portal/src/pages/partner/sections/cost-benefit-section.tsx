import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../../format/format';
import { ExplainedFigure } from '../explained-figure';
import { FiguresTable, ScrollableTable } from '../figures-table';
import type { Report } from '../report-query';
import { money, ratio } from '../report-format';

/** The social return a funding agreement promised, e.g. 1.90 back per euro. */
export interface AgreedReturn {
  title: string;
  startsOn: string;
  endsOn: string;
  /** As a ratio, e.g. 1.9. */
  ratio: number;
}

type Mkba = Report['costBenefit'];

/** How the ratio and its range compare with what was agreed: even the low estimate reaches it, even the high one misses it, or it lies between. */
export function comparedWithAgreed(
  mkba: Pick<Mkba, 'benefitCostRatio' | 'benefitCostRatioLow' | 'benefitCostRatioHigh'>,
  agreed: number,
): 'NONE' | 'ABOVE' | 'BELOW' | 'WITHIN' {
  const { benefitCostRatio: value, benefitCostRatioLow: low, benefitCostRatioHigh: high } = mkba;
  if (value === null || value === undefined) return 'NONE';
  if ((low ?? value) >= agreed) return 'ABOVE';
  if ((high ?? value) < agreed) return 'BELOW';
  return 'WITHIN';
}

/** The social cost-benefit analysis (MKBA): costs, benefits, their ratio with its range, the net present value; for an agreement beside its agreed return. */
export function CostBenefitSection({ report, agreed }: { report: Report; agreed?: AgreedReturn }) {
  const intl = useIntl();
  const { language } = usePortal();
  const mkba = report.costBenefit;
  const basis = { rate: formatNumber(mkba.discountRatePercent, 2), priceYear: mkba.priceYear, baseYear: mkba.baseYear };
  const discounting = (
    <p>
      <FormattedMessage id="partnerDashboard.discounting" values={basis} />
    </p>
  );
  const range = (low: string, high: string) => (
    <p>
      <FormattedMessage id="partnerDashboard.range" values={{ low, high }} />
    </p>
  );
  const ratioFigure = (
    <ExplainedFigure
      labelId="partnerDashboard.ratio"
      value={ratio(mkba.benefitCostRatio)}
      testId="partner-ratio"
      below={
        <>
          {range(ratio(mkba.benefitCostRatioLow), ratio(mkba.benefitCostRatioHigh))}
          {agreed && (
            <p data-testid="partner-ratio-compared">
              <FormattedMessage
                id="partnerDashboard.comparedWithAgreed"
                values={{
                  status: comparedWithAgreed(mkba, agreed.ratio),
                  agreed: ratio(agreed.ratio),
                  low: ratio(mkba.benefitCostRatioLow),
                  high: ratio(mkba.benefitCostRatioHigh),
                }}
              />
            </p>
          )}
        </>
      }
    >
      <p>
        <FormattedMessage id="partnerDashboard.ratioHow" values={{ benefits: money(mkba.totalBenefits), costs: money(mkba.totalCosts) }} />
      </p>
      {mkba.attribution && (
        <p data-testid="partner-attribution">
          <FormattedMessage id="partnerDashboard.attributedShare" values={{ percent: formatNumber(mkba.attribution.sharePercent, 2) }} />{' '}
          {language === 'nl' ? mkba.attribution.ruleNl : mkba.attribution.ruleEn}
        </p>
      )}
      {mkba.agreedReturns.map((line) => (
        <p key={line.agreementId}>
          <FormattedMessage id="partnerDashboard.agreedReturn" values={{ title: line.title, ratio: formatNumber(line.ratio, 2) }} />
        </p>
      ))}
      {discounting}
    </ExplainedFigure>
  );
  return (
    <section aria-labelledby="partner-mkba">
      <h3 id="partner-mkba">
        <FormattedMessage id="partnerDashboard.mkba" />
      </h3>
      <p>
        <FormattedMessage id="partnerDashboard.mkbaIntro" values={basis} />
      </p>
      <p data-testid="partner-price-level">
        {mkba.priceLevelYear === null || mkba.priceLevelYear === undefined ? (
          <FormattedMessage id="partnerDashboard.priceLevelNone" />
        ) : (
          <FormattedMessage id="partnerDashboard.priceLevel" values={{ year: mkba.priceLevelYear, base: mkba.priceIndexBase ?? '' }} />
        )}
      </p>
      <div className="grid partner-dashboard__mkba">
        {agreed && (
          // The question of an agreement's report first: what each euro brought beside what was agreed.
          <div className="partner-dashboard__versus">
            {ratioFigure}
            <ExplainedFigure labelId="partnerDashboard.agreedReturnLabel" value={ratio(agreed.ratio)} testId="partner-agreed-return">
              <p>
                <FormattedMessage
                  id="partnerDashboard.agreedReturnHow"
                  values={{
                    title: agreed.title,
                    from: formatLocalDate(agreed.startsOn, language),
                    until: formatLocalDate(agreed.endsOn, language),
                    cents: formatNumber(Math.round(agreed.ratio * 100)),
                    reportUntil: formatLocalDate(report.until, language),
                  }}
                />
              </p>
            </ExplainedFigure>
          </div>
        )}
        <ExplainedFigure labelId="partnerDashboard.costs" value={money(mkba.totalCosts)} testId="partner-costs">
          {mkba.costs.length === 0 ? (
            <p>
              <FormattedMessage id="partnerDashboard.noCosts" />
            </p>
          ) : (
            <ul className="list">
              {mkba.costs.map((line) => (
                <li key={`${line.year}-${line.category}`}>
                  <FormattedMessage
                    id="partnerDashboard.costLine"
                    values={{ year: line.year, category: line.category, amount: money(line.amount), bookings: line.bookings }}
                  />
                </li>
              ))}
            </ul>
          )}
          {discounting}
        </ExplainedFigure>
        <ExplainedFigure
          labelId="partnerDashboard.benefits"
          value={money(mkba.totalBenefits)}
          testId="partner-benefits"
          below={range(money(mkba.totalBenefitsLow), money(mkba.totalBenefitsHigh))}
        >
          <Effects effects={mkba.effects} />
          {mkba.benefitsByBeneficiary.length > 0 && (
            <ScrollableTable label={intl.formatMessage({ id: 'partnerDashboard.byBeneficiary' })}>
              <FiguresTable
                caption={<FormattedMessage id="partnerDashboard.byBeneficiary" />}
                columns={[
                  { labelId: 'partnerDashboard.beneficiary' },
                  { labelId: 'partnerDashboard.value' },
                  { labelId: 'partnerDashboard.low' },
                  { labelId: 'partnerDashboard.high' },
                ]}
                rows={mkba.benefitsByBeneficiary.map((row) => ({
                  key: row.beneficiary,
                  header: intl.formatMessage({ id: `partnerDashboard.beneficiary.${row.beneficiary}` }),
                  cells: [money(row.value), money(row.valueLow), money(row.valueHigh)],
                }))}
              />
            </ScrollableTable>
          )}
          {discounting}
        </ExplainedFigure>
        {!agreed && ratioFigure}
        {mkba.costsRecorded ? (
          <ExplainedFigure
            labelId="partnerDashboard.npv"
            value={money(mkba.netPresentValue)}
            testId="partner-npv"
            below={range(money(mkba.netPresentValueLow), money(mkba.netPresentValueHigh))}
          >
            <p>
              <FormattedMessage id="partnerDashboard.npvHow" values={basis} />
            </p>
          </ExplainedFigure>
        ) : (
          // Without costs the benefits alone are no net present value: say so rather than show one.
          <p className="card" data-testid="partner-npv">
            <FormattedMessage id="partnerDashboard.noCostsRecorded" />
          </p>
        )}
      </div>
    </section>
  );
}

/** Each valued effect: quantity × price = value, its range, and the price's item, year and source. */
function Effects({ effects }: { effects: Mkba['effects'] }) {
  const intl = useIntl();
  if (effects.length === 0) {
    return (
      <p>
        <FormattedMessage id="partnerDashboard.noEffects" />
      </p>
    );
  }
  return (
    <ul className="list partner-dashboard__effects">
      {effects.map((effect, index) => (
        <li key={index}>
          <strong>
            {intl.formatMessage({ id: `partnerDashboard.effect.${effect.category}` })}
            {effect.theme ? ` (${intl.formatMessage({ id: `common.theme.${effect.theme}` })})` : ''}
            {' — '}
            {intl.formatMessage({ id: `partnerDashboard.beneficiary.${effect.beneficiary}` })}
          </strong>
          <br />
          {effect.quantity === null || effect.quantity === undefined ? (
            <FormattedMessage id="partnerDashboard.effectHidden" values={{ unit: effect.unit }} />
          ) : effect.price && effect.value ? (
            <FormattedMessage
              id="partnerDashboard.effectSum"
              values={{
                quantity: formatNumber(effect.quantity, 1),
                unit: effect.unit,
                price: money(effect.price),
                value: money(effect.value),
              }}
            />
          ) : (
            <FormattedMessage
              id="partnerDashboard.effectNoPrice"
              values={{ quantity: formatNumber(effect.quantity, 1), unit: effect.unit }}
            />
          )}
          {effect.valueLow && effect.valueHigh && (
            <>
              {' '}
              <FormattedMessage id="partnerDashboard.range" values={{ low: money(effect.valueLow), high: money(effect.valueHigh) }} />
            </>
          )}
          <br />
          <FormattedMessage
            id="partnerDashboard.priceSource"
            values={{ item: effect.priceItem, year: effect.priceYear ?? '—', source: effect.source }}
          />
        </li>
      ))}
    </ul>
  );
}
