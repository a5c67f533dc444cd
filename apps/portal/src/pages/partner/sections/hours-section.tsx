import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../../format/format';
import { HowMade } from '../explained-figure';
import type { Report } from '../report-query';

/** The approved hours in the report's period, and the first-year promise of each neighbourhood in it. */
export function HoursSection({ report, neighbourhoodName }: { report: Report; neighbourhoodName(id: string): string | undefined }) {
  const { language } = usePortal();
  const intl = useIntl();
  // A report over several neighbourhoods (an agreement's) names the neighbourhood of each promise.
  const named = report.firstYearPromise.length > 1;
  return (
    <section aria-labelledby="partner-hours">
      <h3 id="partner-hours">
        <FormattedMessage id="partnerDashboard.hours" />
      </h3>
      <div className="card">
        <p className="figure" data-testid="partner-total-hours">
          <FormattedMessage id="common.hours" values={{ hours: formatNumber(report.totalHours, 1) }} />
        </p>
        <p data-testid="partner-net-hours">
          <FormattedMessage
            id="partnerDashboard.netHours"
            values={{
              gross: formatNumber(report.extraHours.grossHours, 1),
              baseline: formatNumber(report.extraHours.baselineHours, 1),
              net: formatNumber(report.extraHours.netHours, 1),
            }}
          />
        </p>
        <HowMade>
          <p>
            <FormattedMessage
              id="partnerDashboard.hoursHow"
              values={{ scope: report.scope, from: formatLocalDate(report.from, language), until: formatLocalDate(report.until, language) }}
            />
          </p>
        </HowMade>
      </div>
      {report.firstYearPromise.map((promise) => {
        const name = named ? neighbourhoodName(promise.neighbourhoodId) : undefined;
        return (
          <div className="card" key={promise.neighbourhoodId}>
            {name && <h4 className="partner-dashboard__figure-label">{name}</h4>}
            <p>
              <FormattedMessage
                id={`partnerDashboard.promise.${promise.status}`}
                values={{
                  hours: formatNumber(promise.hours, 1),
                  minimum: formatNumber(promise.minimumHours),
                  maximum: formatNumber(promise.maximumHours),
                  percent: formatNumber(promise.percentOfMinimum),
                }}
              />
            </p>
            <p>
              <FormattedMessage
                id="partnerDashboard.promiseGross"
                values={{ gross: formatNumber(promise.grossHours, 1), baseline: formatNumber(promise.baselineHours, 1) }}
              />
            </p>
            {promise.from && promise.until && (
              <progress
                className="progress"
                max={promise.minimumHours}
                value={Math.min(promise.hours, promise.minimumHours)}
                aria-label={
                  name
                    ? intl.formatMessage(
                        { id: 'partnerDashboard.promiseProgressOf' },
                        { name, percent: formatNumber(promise.percentOfMinimum) },
                      )
                    : intl.formatMessage({ id: 'partnerDashboard.promiseProgress' }, { percent: formatNumber(promise.percentOfMinimum) })
                }
              />
            )}
            <HowMade>
              <p>
                {promise.from && promise.until ? (
                  <FormattedMessage
                    id="partnerDashboard.promiseHow"
                    values={{
                      from: formatLocalDate(promise.from, language),
                      until: formatLocalDate(promise.until, language),
                      minimum: formatNumber(promise.minimumHours),
                      maximum: formatNumber(promise.maximumHours),
                      expected: formatNumber(promise.expectedByNow),
                    }}
                  />
                ) : (
                  <FormattedMessage id="partnerDashboard.promiseNotStarted" />
                )}
              </p>
            </HowMade>
          </div>
        );
      })}
    </section>
  );
}
