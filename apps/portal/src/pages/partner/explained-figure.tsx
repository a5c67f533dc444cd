import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** "Hoe is dit berekend?": how a figure was made, folded away on screen and opened on paper. */
export function HowMade({ children }: { children: ReactNode }) {
  return (
    <details className="partner-dashboard__how">
      <summary>
        <FormattedMessage id="partnerDashboard.howMade" />
      </summary>
      <div className="partner-dashboard__how-body">{children}</div>
    </details>
  );
}

/** A figure in its own card: what it is, the number (and its range), and how it was made. */
export function ExplainedFigure({
  labelId,
  value,
  testId,
  below,
  children,
}: {
  labelId: string;
  value: ReactNode;
  testId?: string;
  below?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="card">
      <h4 className="partner-dashboard__figure-label">
        <FormattedMessage id={labelId} />
      </h4>
      <p className="figure" data-testid={testId}>
        {value}
      </p>
      {below}
      <HowMade>{children}</HowMade>
    </div>
  );
}
