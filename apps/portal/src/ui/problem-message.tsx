import { FormattedMessage } from 'react-intl';
import type { FieldProblem, Problem } from '../api/problems';

/** The page-level message of the first problem, said in the person's language; `role="alert"` so it is read out. */
export function ProblemMessage({ problems, onRetry }: { problems: Problem[]; onRetry?: () => void }) {
  const problem = problems[0];
  if (!problem) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p>
        <FormattedMessage
          id={problem.messageId}
          values={{ seconds: problem.retryAfterSeconds ?? 10, requestId: problem.requestId ?? '—' }}
        />
      </p>
      {onRetry && problem.kind !== 'FORBIDDEN' && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          <FormattedMessage id="errors.retry" />
        </button>
      )}
    </div>
  );
}

/** Marks a part of a page that did not load while the rest did. */
export function MissingPart({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="alert alert--warning" role="status">
      <p>
        <FormattedMessage id="errors.missingPart" />
      </p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          <FormattedMessage id="errors.retry" />
        </button>
      )}
    </div>
  );
}

/** The refusals of one field, for a form field's description. */
export function fieldProblemsOf(problems: Problem[], field: string): FieldProblem[] {
  return problems.flatMap((problem) => problem.fields.filter((candidate) => candidate.field === field));
}
