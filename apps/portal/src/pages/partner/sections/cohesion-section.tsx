import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../../format/format';
import { HowMade } from '../explained-figure';
import { FiguresTable, ScrollableTable } from '../figures-table';
import type { Report } from '../report-query';
import { signed, useCount } from '../report-format';

type Wave = Report['cohesion'][number];

/**
 * Social cohesion per survey wave of the neighbourhoods in the report, with the statements behind each score; where
 * the report covers several neighbourhoods (an agreement's), each wave names its neighbourhood.
 */
export function CohesionSection({ report, neighbourhoodName }: { report: Report; neighbourhoodName(id: string): string | undefined }) {
  const intl = useIntl();
  const { language } = usePortal();
  const count = useCount();
  const several = new Set(report.cohesion.map((wave) => wave.neighbourhoodId)).size > 1;
  const nameOf = (wave: Wave) => neighbourhoodName(wave.neighbourhoodId) ?? '';
  // Oldest first; with several neighbourhoods, each neighbourhood's waves together.
  const waves = several ? [...report.cohesion].sort((a, b) => nameOf(a).localeCompare(nameOf(b), language)) : report.cohesion;
  const waveName = (wave: Wave) => {
    const name = (
      <FormattedMessage id={`partnerDashboard.wave.${wave.wave}`} values={{ date: formatLocalDate(wave.fieldedOn, language) }} />
    );
    return several ? <FormattedMessage id="partnerDashboard.waveOf" values={{ neighbourhood: nameOf(wave), wave: name }} /> : name;
  };
  return (
    <section aria-labelledby="partner-cohesion">
      <h3 id="partner-cohesion">
        <FormattedMessage id="partnerDashboard.cohesion" />
      </h3>
      {report.cohesion.length === 0 ? (
        <p>
          <FormattedMessage id="partnerDashboard.cohesionNone" />
        </p>
      ) : (
        <ScrollableTable label={intl.formatMessage({ id: 'partnerDashboard.cohesionTable' })}>
          <FiguresTable
            caption={<FormattedMessage id="partnerDashboard.cohesionTable" />}
            columns={[
              { labelId: 'partnerDashboard.wave' },
              { labelId: 'partnerDashboard.respondents' },
              { labelId: 'partnerDashboard.score' },
              { labelId: 'partnerDashboard.changeSinceBaseline' },
              { labelId: 'partnerDashboard.interval' },
              { labelId: 'partnerDashboard.evidence' },
            ]}
            rows={waves.map((wave) => ({
              key: wave.surveyId,
              header: waveName(wave),
              cells: [
                count(wave.sampleSize),
                wave.cohesionScore === null || wave.cohesionScore === undefined
                  ? intl.formatMessage({ id: 'partnerDashboard.hidden' })
                  : formatNumber(wave.cohesionScore, 1),
                wave.changeSinceBaseline === null || wave.changeSinceBaseline === undefined ? '—' : signed(wave.changeSinceBaseline),
                wave.changeSinceBaselineInterval
                  ? intl.formatMessage(
                      { id: 'partnerDashboard.intervalRange' },
                      { low: signed(wave.changeSinceBaselineInterval.low), high: signed(wave.changeSinceBaselineInterval.high) },
                    )
                  : '—',
                wave.changeEvidence ? intl.formatMessage({ id: `partnerDashboard.evidence.${wave.changeEvidence}` }) : '—',
              ],
            }))}
          />
        </ScrollableTable>
      )}
      <HowMade>
        <p>
          <FormattedMessage id="partnerDashboard.cohesionHow" />
        </p>
        <p>
          <FormattedMessage id="partnerDashboard.intervalHow" />
        </p>
        {waves.map(
          (wave) =>
            wave.statements &&
            wave.statements.length > 0 && (
              <div key={wave.surveyId}>
                <h4>{waveName(wave)}</h4>
                <ul className="list">
                  {wave.statements.map((statement) => (
                    <li key={statement.item}>
                      <FormattedMessage
                        id="partnerDashboard.statementScore"
                        values={{
                          statement: language === 'nl' ? statement.labelNl : statement.labelEn,
                          score: formatNumber(statement.score, 1),
                        }}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </HowMade>
    </section>
  );
}
