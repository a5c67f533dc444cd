import { FormattedMessage, useIntl } from 'react-intl';
import { formatNumber } from '../../../format/format';
import { THEMES } from '../../../format/themes';
import { HoursChart } from '../../coordinator/hours-chart';
import { FiguresTable } from '../figures-table';
import type { Report } from '../report-query';

/** Hours per theme as a bar chart, with the same figures (and the number of entries) as a table. */
export function ThemesSection({ report, period }: { report: Report; period: string }) {
  const intl = useIntl();
  const themeName = (theme: string) => intl.formatMessage({ id: `common.theme.${theme}` });
  const rows = THEMES.map((theme) => report.hoursByTheme.find((row) => row.theme === theme) ?? { theme, hours: 0, entries: 0 });
  const top = [...rows].sort((a, b) => b.hours - a.hours)[0];
  const total = formatNumber(report.totalHours, 1);
  return (
    <section aria-labelledby="partner-themes">
      <h3 id="partner-themes">
        <FormattedMessage id="partnerDashboard.themes" values={{ period }} />
      </h3>
      <HoursChart
        className="partner-dashboard__themes-chart"
        label={intl.formatMessage(
          { id: report.totalHours > 0 ? 'partnerDashboard.themesChartSummary' : 'partnerDashboard.chartEmpty' },
          { period, total, theme: themeName(top.theme), hours: formatNumber(top.hours, 1) },
        )}
        spec={{
          horizontal: true,
          categories: rows.map((row) => themeName(row.theme)),
          series: [{ kind: 'bar', name: intl.formatMessage({ id: 'partnerDashboard.hoursColumn' }), values: rows.map((row) => row.hours) }],
        }}
        tableLabel={intl.formatMessage({ id: 'partnerDashboard.themesTable' }, { period })}
        table={
          <FiguresTable
            caption={<FormattedMessage id="partnerDashboard.themesTable" values={{ period }} />}
            columns={[
              { labelId: 'partnerDashboard.theme' },
              { labelId: 'partnerDashboard.hoursColumn' },
              { labelId: 'partnerDashboard.entries' },
            ]}
            rows={rows.map((row) => ({
              key: row.theme,
              header: themeName(row.theme),
              cells: [formatNumber(row.hours, 1), formatNumber(row.entries)],
            }))}
            footer={{
              header: <FormattedMessage id="partnerDashboard.total" />,
              cells: [total, formatNumber(rows.reduce((sum, row) => sum + row.entries, 0))],
            }}
          />
        }
      />
    </section>
  );
}
