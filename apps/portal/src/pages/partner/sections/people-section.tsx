import { FormattedMessage } from 'react-intl';
import { formatNumber } from '../../../format/format';
import { ExplainedFigure } from '../explained-figure';
import type { Report } from '../report-query';
import { useCount } from '../report-format';

/** Volunteers and the residents they reached: counts only, a group under 10 as "minder dan 10". */
export function PeopleSection({ report }: { report: Report }) {
  const count = useCount();
  return (
    <section aria-labelledby="partner-people">
      <h3 id="partner-people">
        <FormattedMessage id="partnerDashboard.people" />
      </h3>
      <div className="grid">
        <ExplainedFigure
          labelId="partnerDashboard.activeVolunteers"
          value={count(report.volunteers.active)}
          testId="partner-active-volunteers"
        >
          <p>
            <FormattedMessage
              id="partnerDashboard.activeVolunteersHow"
              values={{ joined: count(report.volunteers.joined), left: count(report.volunteers.left) }}
            />
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.smallNumbers" />
          </p>
        </ExplainedFigure>
        <ExplainedFigure
          labelId="partnerDashboard.residentsReached"
          value={count(report.activities.residentsReached)}
          testId="partner-residents-reached"
        >
          <p>
            <FormattedMessage id="partnerDashboard.residentsReachedHow" values={{ activities: count(report.activities.completed) }} />
          </p>
        </ExplainedFigure>
        <ExplainedFigure labelId="partnerDashboard.certificates" value={count(report.training.certificates)}>
          <p>
            <FormattedMessage id="partnerDashboard.certificatesHow" values={{ courses: formatNumber(report.training.courses) }} />
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.smallNumbers" />
          </p>
        </ExplainedFigure>
      </div>
    </section>
  );
}
