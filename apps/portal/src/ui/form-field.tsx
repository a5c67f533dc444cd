import { type ReactNode, useId } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FieldProblem } from '../api/problems';

/**
 * A labelled form control with its hint and the server's refusals beside it; the control is described by both, and
 * marked invalid while it has a refusal, so a screen reader says why.
 */
export function FormField({
  label,
  hint,
  problems = [],
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  problems?: FieldProblem[];
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', problems.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problems.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <p id={errorId} className="field__error">
          {problems.map((problem) => (
            <span key={problem.messageId + problem.serverMessage}>
              <FormattedMessage id={problem.messageId} values={{ serverMessage: problem.serverMessage }} />{' '}
            </span>
          ))}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': problems.length > 0 || undefined })}
    </div>
  );
}
