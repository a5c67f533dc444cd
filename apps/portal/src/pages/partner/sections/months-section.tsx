import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../../app/portal-context';
import { formatNumber } from '../../../format/format';
import { HoursChart } from '../../coordinator/hours-chart';
import { formatMonth } from '../../coordinator/team-dashboard-figures';
import { FiguresTable } from '../figures-table';
import type { Report } from '../report-query';

/** Hours per month as a bar chart, with hours, completed activities and residents reached per month as a table. */
export function MonthsSection({ report, period }: { report: Report; period: string }) {
  const intl = useIntl();
  const { language } = usePortal();
  const busiest = [...report.months].sort((a, b) => b.hours - a.hours)[0];
  return (
    <section aria-labelledby="partner-months">
      <h3 id="partner-months">
        <FormattedMessage id="partnerDashboard.months" values={{ period }} />
      </h3>
      <HoursChart
        label={intl.formatMessage(
          { id: busiest && busiest.hours > 0 ? 'partnerDashboard.monthsChartSummary' : 'partnerDashboard.chartEmpty' },
          {
            period,
            total: formatNumber(report.totalHours, 1),
            month: busiest ? formatMonth(busiest.month, language, 'long') : '',
            hours: formatNumber(busiest?.hours ?? 0, 1),
          },
        )}
        spec={{
          categories: report.months.map((row) => formatMonth(row.month, language)),
          series: [
            {
              kind: 'bar',
              name: intl.formatMessage({ id: 'partnerDashboard.hoursColumn' }),
              values: report.months.map((row) => row.hours),
            },
          ],
        }}
        tableLabel={intl.formatMessage({ id: 'partnerDashboard.monthsTable' }, { period })}
        table={
          <FiguresTable
            caption={<FormattedMessage id="partnerDashboard.monthsTable" values={{ period }} />}
            columns={[
              { labelId: 'partnerDashboard.month' },
              { labelId: 'partnerDashboard.hoursColumn' },
              { labelId: 'partnerDashboard.activitiesColumn' },
              { labelId: 'partnerDashboard.reachedColumn' },
            ]}
            rows={report.months.map((row) => ({
              key: row.month,
              header: formatMonth(row.month, language, 'long'),
              cells: [formatNumber(row.hours, 1), formatNumber(row.activitiesCompleted), formatNumber(row.residentsReached)],
            }))}
          />
        }
      />
    </section>
  );
}
