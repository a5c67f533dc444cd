import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { RecruitmentFunnelTable } from '../shared/recruitment-funnel';

const RecruitmentFunnelsPageQueryDocument = graphql(`
  query RecruitmentFunnelsPage($year: Int) {
    neighbourhoods {
      id
      name
      city
      recruitmentFunnel(year: $year) {
        suppressed
        spokenTo
        interested
        intake
        joined
        after3Months {
          active
          lost
          notYetDue
        }
        after12Months {
          active
          lost
          notYetDue
        }
      }
    }
  }
`);

/** The foundation's "Werving per wijk": each neighbourhood's recruitment funnel, its teams together. */
export default function RecruitmentFunnelsPage() {
  const intl = useIntl();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState<number | null>(thisYear);
  const query = useQuery(RecruitmentFunnelsPageQueryDocument, { year });
  const neighbourhoods = query.data?.neighbourhoods;
  return (
    <Page titleId="recruitment.perNeighbourhood.title">
      <p>
        <FormattedMessage id="recruitment.perNeighbourhood.intro" />
      </p>
      <FormField label={intl.formatMessage({ id: 'recruitment.year' })}>
        {(props) => (
          <select {...props} value={year ?? ''} onChange={(event) => setYear(event.target.value ? Number(event.target.value) : null)}>
            <option value="">{intl.formatMessage({ id: 'recruitment.allYears' })}</option>
            {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !neighbourhoods && <Loading />}
      {neighbourhoods?.map(
        (neighbourhood) =>
          neighbourhood.recruitmentFunnel && (
            <section key={neighbourhood.id} aria-label={`${neighbourhood.name}, ${neighbourhood.city}`}>
              <RecruitmentFunnelTable funnel={neighbourhood.recruitmentFunnel} caption={`${neighbourhood.name}, ${neighbourhood.city}`} />
            </section>
          ),
      )}
    </Page>
  );
}
