import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { execute, type Outcome } from '../../api/client';
import type { Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { graphql } from '../../gql';
import { saveGeneratedFile } from '../../format/save-file';

const NeighbourhoodReportPdfQuery = graphql(`
  query NeighbourhoodReportPdf($id: ID!, $year: Int!) {
    neighbourhood(id: $id) {
      id
      impactReportPdf(year: $year) {
        fileName
        contentType
        base64
      }
    }
  }
`);

const TeamReportPdfQuery = graphql(`
  query TeamReportPdf($id: ID!, $year: Int!) {
    team(id: $id) {
      id
      impactReportPdf(year: $year) {
        fileName
        contentType
        base64
      }
    }
  }
`);

// There is no lookup of one agreement for a partner: the PDF comes through the list of their own agreements.
const AgreementReportPdfQuery = graphql(`
  query AgreementReportPdf($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      fundingAgreements {
        id
        impactReportPdf {
          fileName
          contentType
          base64
        }
      }
    }
  }
`);

/** Which report to make: a neighbourhood's or a team's year, or a funding agreement's period so far. */
export type PdfScope = { kind: 'neighbourhood' | 'team'; id: string; year: number } | { kind: 'agreement'; id: string; partnerId: string };

interface ReportFile {
  fileName: string;
  contentType: string;
  base64: string;
}

async function fetchPdf(scope: PdfScope, accessToken: string | undefined): Promise<Outcome<ReportFile | null | undefined>> {
  if (scope.kind === 'agreement') {
    const outcome = await execute(AgreementReportPdfQuery, { partnerId: scope.partnerId }, accessToken);
    const agreement = outcome.data?.partner?.fundingAgreements?.find((candidate) => candidate.id === scope.id);
    return { data: agreement?.impactReportPdf, problems: outcome.problems };
  }
  if (scope.kind === 'team') {
    const outcome = await execute(TeamReportPdfQuery, { id: scope.id, year: scope.year }, accessToken);
    return { data: outcome.data?.team?.impactReportPdf, problems: outcome.problems };
  }
  const outcome = await execute(NeighbourhoodReportPdfQuery, { id: scope.id, year: scope.year }, accessToken);
  return { data: outcome.data?.neighbourhood?.impactReportPdf, problems: outcome.problems };
}

/**
 * "PDF downloaden": the funder's report as the impact service draws it (key figures, charts, the MKBA table and the
 * method), asked for only when pressed, since making it takes a moment. `label` names the report where several
 * buttons stand together (a list of neighbourhoods).
 */
export function PdfDownload({ scope, label }: { scope: PdfScope; label?: string }) {
  const { session, signOut } = usePortal();
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    setProblems([]);
    try {
      const outcome = await fetchPdf(scope, session?.accessToken);
      if (outcome.problems.some((problem) => problem.kind === 'UNAUTHENTICATED')) signOut();
      if (outcome.data) {
        saveGeneratedFile(outcome.data);
        setSaved(outcome.data.fileName);
      } else {
        setProblems(outcome.problems.length ? outcome.problems : [{ kind: 'NOT_FOUND', messageId: 'reportPdf.notAvailable', fields: [] }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={download}
        disabled={busy}
        aria-label={label ? intl.formatMessage({ id: 'reportPdf.downloadFor' }, { name: label }) : undefined}
      >
        <FormattedMessage id={busy ? 'reportPdf.busy' : 'reportPdf.download'} />
      </button>
      <span role="status" className="pdf-download__status">
        {saved && <FormattedMessage id="reportPdf.downloaded" values={{ name: saved }} />}
      </span>
      {/* Inline, not ProblemMessage's block: the button stands in a row of buttons inside a paragraph. */}
      {problems[0] && (
        <span role="alert" className="pdf-download__problem">
          <FormattedMessage
            id={problems[0].messageId}
            values={{ seconds: problems[0].retryAfterSeconds ?? 10, requestId: problems[0].requestId ?? '—' }}
          />
        </span>
      )}
    </>
  );
}
