import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../app/portal-context';
import { saveGeneratedFile } from '../../format/save-file';
import { graphql } from '../../gql';
import type { MonthSummaryPageQuery } from '../../gql/graphql';

export const MonthSummaryPageQueryDocument = graphql(`
  query MonthSummaryPage($teamId: ID!, $month: String!, $language: SummaryLanguage!) {
    team(id: $teamId) {
      id
      name
      memberships {
        id
        volunteer {
          id
          displayName
          givenName
          familyName
        }
      }
      monthSummary(month: $month) {
        id
        status
        version
        highlightNl
        highlightEn
        publishedAt
        figures {
          approvedHours
          activitiesHeld
          residentsReached
          activeMembers
        }
        photos {
          id
          caption
          shown
          uploaded
          viewUrl
          people {
            id
          }
        }
      }
      monthSummaryText(month: $month, language: $language)
      monthSummaryShareImage(month: $month, language: $language) {
        fileName
        contentType
        base64
        byteSize
      }
    }
  }
`);

export type MonthSummaryTeam = NonNullable<MonthSummaryPageQuery['team']>;

/** The month before this one, YYYY-MM: the month a coordinator usually looks back on. */
export function previousMonth(today = new Date()): string {
  const index = today.getFullYear() * 12 + today.getMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last twelve months, newest first, for a month picker. */
export function recentMonths(today = new Date()): string[] {
  const index = today.getFullYear() * 12 + today.getMonth();
  return Array.from({ length: 12 }, (_, back) => {
    const month = index - back;
    return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}

export function monthLabel(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1, 12)),
  );
}

/** The summary as it will be published: figures, text and the share image, with a download of the image. */
export function MonthSummaryPreview({ team }: { team: MonthSummaryTeam }) {
  const intl = useIntl();
  const { language } = usePortal();
  const summary = team.monthSummary;
  if (!summary) return null;
  const image = team.monthSummaryShareImage;
  const number = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value);
  return (
    <section aria-labelledby="month-summary-preview" className="card" data-testid="month-summary-preview">
      <h2 id="month-summary-preview">
        <FormattedMessage id="monthSummary.preview" />
      </h2>
      <p>
        <FormattedMessage id={`monthSummary.status.${summary.status}`} />
      </p>
      <dl>
        <dt>
          <FormattedMessage id="monthSummary.hours" />
        </dt>
        <dd>{number(summary.figures.approvedHours)}</dd>
        <dt>
          <FormattedMessage id="monthSummary.activitiesHeld" />
        </dt>
        <dd>{number(summary.figures.activitiesHeld)}</dd>
        <dt>
          <FormattedMessage id="monthSummary.residentsReached" />
        </dt>
        <dd>{number(summary.figures.residentsReached)}</dd>
        <dt>
          <FormattedMessage id="monthSummary.activeMembers" />
        </dt>
        <dd>
          {summary.figures.activeMembers === null || summary.figures.activeMembers === undefined ? (
            <FormattedMessage id="monthSummary.hidden" />
          ) : (
            number(summary.figures.activeMembers)
          )}
        </dd>
      </dl>
      {team.monthSummaryText && <pre className="month-summary__text">{team.monthSummaryText}</pre>}
      {image && (
        <>
          <img
            className="month-summary__image"
            src={`data:${image.contentType};base64,${image.base64}`}
            alt={intl.formatMessage({ id: 'monthSummary.imageAlt' }, { team: team.name })}
            width={600}
            height={315}
          />
          <p>
            <button type="button" className="button" onClick={() => saveGeneratedFile(image)}>
              <FormattedMessage id="monthSummary.download" />
            </button>
          </p>
        </>
      )}
    </section>
  );
}
