import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { execute } from '../../api/client';
import type { Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { saveGeneratedFile } from '../../format/save-file';

const FinancialStatementPdf = graphql(`
  query FinancialStatementPdf($volunteerId: ID!, $year: Int!, $month: Int) {
    volunteer(id: $volunteerId) {
      id
      financialStatement(year: $year, month: $month) {
        pdf {
          fileName
          contentType
          base64
        }
      }
    }
  }
`);

/**
 * "Jaaroverzicht vergoedingen": the statement of allowances apart from reimbursed costs, per year or one month, as a
 * Dutch PDF for the person's own records and their municipality. For the person (Mijn gegevens) and admins.
 */
export function FinancialStatements({ volunteerId }: { volunteerId: string }) {
  const { session, signOut } = usePortal();
  const intl = useIntl();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [month, setMonth] = useState<number | ''>('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const years = Array.from({ length: 4 }, (_, i) => thisYear - i);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    setProblem(null);
    try {
      const outcome = await execute(FinancialStatementPdf, { volunteerId, year, month: month === '' ? null : month }, session?.accessToken);
      if (outcome.problems.some((candidate) => candidate.kind === 'UNAUTHENTICATED')) signOut();
      const file = outcome.data?.volunteer?.financialStatement?.pdf;
      if (file) {
        saveGeneratedFile(file);
        setSaved(file.fileName);
      } else setProblem(outcome.problems[0] ?? { kind: 'NOT_FOUND', messageId: 'statements.notAvailable', fields: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card me-section" aria-labelledby="statements-title" data-testid="statements">
      <h2 id="statements-title">
        <FormattedMessage id="statements.title" />
      </h2>
      <p>
        <FormattedMessage id="statements.intro" />
      </p>
      <div className="button-row">
        <label className="field__label">
          <FormattedMessage id="statements.year" />{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
        <label className="field__label">
          <FormattedMessage id="statements.month" />{' '}
          <select value={month} onChange={(event) => setMonth(event.target.value === '' ? '' : Number(event.target.value))}>
            <option value="">{intl.formatMessage({ id: 'statements.wholeYear' })}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {intl.formatDate(new Date(Date.UTC(2000, i, 15)), { month: 'long', timeZone: 'UTC' })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--secondary" onClick={download} disabled={busy}>
          <FormattedMessage id={busy ? 'statements.busy' : 'statements.download'} />
        </button>
      </div>
      <p role="status">{saved && <FormattedMessage id="statements.downloaded" values={{ name: saved }} />}</p>
      {problem && (
        <p role="alert" className="alert alert--error">
          <FormattedMessage
            id={problem.messageId}
            values={{ seconds: problem.retryAfterSeconds ?? 10, requestId: problem.requestId ?? '—' }}
          />
        </p>
      )}
    </section>
  );
}
