import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Problem } from '../../api/problems';
import { useQuery } from '../../api/hooks';
import { graphql } from '../../gql';
import { Loading } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import type { ReportKind } from './partner-report';
import type { Report } from './report-query';
import { ReportView } from './report-view';

const PartnerNeighbourhoodReportQuery = graphql(`
  query PartnerNeighbourhoodReport($neighbourhoodId: ID!, $year: Int!) {
    neighbourhood(id: $neighbourhoodId) {
      id
      name
      impact(year: $year) {
        ...PartnerImpactFigures
        ...PartnerImpactCohesion
      }
    }
  }
`);

const PartnerTeamReportQuery = graphql(`
  query PartnerTeamReport($teamId: ID!, $year: Int!) {
    team(id: $teamId) {
      id
      name
      impact(year: $year) {
        ...PartnerImpactFigures
        ...PartnerImpactCohesion
      }
    }
  }
`);

// There is no lookup of one agreement: a partner reads the agreements of their own organisation, with their impact,
// in two requests (see report-query.ts).
const PartnerAgreementReportQuery = graphql(`
  query PartnerAgreementReport($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      fundingAgreements {
        id
        title
        startsOn
        endsOn
        socialReturnCentsPerEuro
        impact {
          ...PartnerImpactFigures
        }
      }
    }
  }
`);

const PartnerAgreementCohesionQuery = graphql(`
  query PartnerAgreementCohesion($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      fundingAgreements {
        id
        impact {
          ...PartnerImpactCohesion
        }
      }
    }
  }
`);

type NameOf = (neighbourhoodId: string) => string | undefined;

/** "Geen toegang": the page says no more than that; no figures, no charts, no download. */
export function NoAccess({ kind }: { kind: ReportKind }) {
  return (
    <section aria-labelledby="partner-forbidden" className="alert alert--error">
      <h2 id="partner-forbidden">
        <FormattedMessage id="partnerDashboard.forbiddenTitle" />
      </h2>
      <p>
        {kind === 'team' ? (
          <FormattedMessage id="partnerDashboard.forbiddenTeam" />
        ) : kind === 'agreement' ? (
          <FormattedMessage id="partnerDashboard.forbiddenAgreement" />
        ) : (
          <FormattedMessage id="partnerDashboard.forbidden" />
        )}
      </p>
    </section>
  );
}

/**
 * What a report query gave: still loading, refused (FORBIDDEN, or nothing found: the API does not say which), a
 * problem (such as a service that did not answer), or the report.
 */
function Outcome({
  kind,
  loading,
  answered,
  problems,
  reload,
  found,
  render,
}: {
  kind: ReportKind;
  loading: boolean;
  answered: boolean;
  problems: Problem[];
  reload(): void;
  found: { name: string; report?: Report | null } | null | undefined;
  render(name: string, report: Report): ReactNode;
}) {
  if (loading && !answered) return <Loading />;
  // Nothing found and nothing gone wrong: the API does not show it to this partner.
  if (problems.some((problem) => problem.kind === 'FORBIDDEN') || (answered && found === null && problems.length === 0))
    return <NoAccess kind={kind} />;
  if (!found?.report) return <ProblemMessage problems={problems} onRetry={reload} />;
  return <>{render(found.name, found.report)}</>;
}

export function NeighbourhoodReport({ id, year, neighbourhoodName }: { id: string; year: number; neighbourhoodName: NameOf }) {
  const result = useQuery(PartnerNeighbourhoodReportQuery, { neighbourhoodId: id, year });
  const neighbourhood = result.data?.neighbourhood;
  return (
    <Outcome
      kind="neighbourhood"
      loading={result.loading}
      answered={result.data !== undefined}
      problems={result.problems}
      reload={result.reload}
      found={neighbourhood && { name: neighbourhood.name, report: neighbourhood.impact }}
      render={(name, report) => (
        <ReportView
          kind="neighbourhood"
          name={name}
          report={report}
          pdf={{ kind: 'neighbourhood', id, year }}
          neighbourhoodName={neighbourhoodName}
        />
      )}
    />
  );
}

export function TeamReport({ id, year, neighbourhoodName }: { id: string; year: number; neighbourhoodName: NameOf }) {
  const result = useQuery(PartnerTeamReportQuery, { teamId: id, year });
  const team = result.data?.team;
  return (
    <Outcome
      kind="team"
      loading={result.loading}
      answered={result.data !== undefined}
      problems={result.problems}
      reload={result.reload}
      found={team && { name: team.name, report: team.impact }}
      render={(name, report) => (
        <ReportView kind="team" name={name} report={report} pdf={{ kind: 'team', id, year }} neighbourhoodName={neighbourhoodName} />
      )}
    />
  );
}

export function AgreementReport({ id, partnerId, neighbourhoodName }: { id: string; partnerId: string; neighbourhoodName: NameOf }) {
  const figures = useQuery(PartnerAgreementReportQuery, { partnerId });
  const cohesion = useQuery(PartnerAgreementCohesionQuery, { partnerId });
  const agreements = figures.data?.partner?.fundingAgreements;
  const agreement = agreements?.find((candidate) => candidate.id === id);
  const waves = cohesion.data?.partner?.fundingAgreements?.find((candidate) => candidate.id === id)?.impact?.cohesion;
  const problems = [...figures.problems, ...cohesion.problems];
  const reload = () => {
    figures.reload();
    cohesion.reload();
  };
  return (
    <Outcome
      kind="agreement"
      loading={figures.loading || cohesion.loading}
      answered={figures.data !== undefined && cohesion.data !== undefined}
      problems={problems}
      reload={reload}
      // An agreement that is not among this partner's own is refused like one the API refuses.
      found={
        agreement
          ? { name: agreement.title, report: agreement.impact && waves ? { ...agreement.impact, cohesion: waves } : undefined }
          : agreements || problems.length === 0
            ? null
            : undefined
      }
      render={(name, report) => (
        <ReportView
          kind="agreement"
          name={name}
          report={report}
          pdf={{ kind: 'agreement', id, partnerId }}
          agreed={
            agreement && {
              title: agreement.title,
              startsOn: agreement.startsOn,
              endsOn: agreement.endsOn,
              ratio: agreement.socialReturnCentsPerEuro / 100,
            }
          }
          neighbourhoodName={neighbourhoodName}
        />
      )}
    />
  );
}
