import { FormattedMessage, useIntl } from 'react-intl';
import { HowMade } from '../explained-figure';
import { FiguresTable, ScrollableTable } from '../figures-table';
import type { Report } from '../report-query';
import { signed, useCount } from '../report-format';

/** The average change per wellbeing domain of the participants who consented; nothing at all under 10 of them. */
export function WellbeingSection({ report }: { report: Report }) {
  const intl = useIntl();
  const count = useCount();
  const { wellbeing } = report;
  return (
    <section aria-labelledby="partner-wellbeing">
      <h3 id="partner-wellbeing">
        <FormattedMessage id="partnerDashboard.wellbeing" values={{ year: wellbeing.year }} />
      </h3>
      <p>
        <FormattedMessage id="partnerDashboard.wellbeingParticipants" values={{ participants: count(wellbeing.participants) }} />
      </p>
      {wellbeing.domains ? (
        <ScrollableTable label={intl.formatMessage({ id: 'partnerDashboard.wellbeingTable' })}>
          <FiguresTable
            caption={<FormattedMessage id="partnerDashboard.wellbeingTable" />}
            columns={[
              { labelId: 'partnerDashboard.domain' },
              { labelId: 'partnerDashboard.change' },
              { labelId: 'partnerDashboard.interval' },
              { labelId: 'partnerDashboard.evidence' },
            ]}
            rows={wellbeing.domains.map((row) => ({
              key: row.domain,
              header: intl.formatMessage({ id: `partnerDashboard.domain.${row.domain}` }),
              cells: [
                signed(row.averageChange),
                row.interval
                  ? intl.formatMessage(
                      { id: 'partnerDashboard.intervalRange' },
                      { low: signed(row.interval.low), high: signed(row.interval.high) },
                    )
                  : '—',
                intl.formatMessage({ id: `partnerDashboard.evidence.${row.evidence}` }),
              ],
            }))}
          />
        </ScrollableTable>
      ) : (
        <p className="alert alert--info">
          <FormattedMessage id="partnerDashboard.wellbeingHidden" />
        </p>
      )}
      <HowMade>
        <p>
          <FormattedMessage id="partnerDashboard.wellbeingHow" />
        </p>
        <p>
          <FormattedMessage id="partnerDashboard.intervalHow" />
        </p>
      </HowMade>
    </section>
  );
}
