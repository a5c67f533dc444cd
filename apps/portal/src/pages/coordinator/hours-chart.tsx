import { type ReactNode, useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import './hours-chart.css';

/** What a chart shows, in plain data; the drawing code (ECharts) loads only when a chart appears. */
export interface ChartSpec {
  categories: string[];
  series: { name: string; kind: 'line' | 'bar'; values: (number | null)[] }[];
  /** Bars left to right, categories down the side: long labels stay readable on a phone. */
  horizontal?: boolean;
}

/**
 * A chart for sighted people, summed up in its label for screen readers, with the same figures as a table behind
 * "Toon als tabel" for anyone who prefers or needs them.
 */
export function HoursChart({
  spec,
  label,
  table,
  tableLabel,
  className,
}: {
  spec: ChartSpec;
  label: string;
  table: ReactNode;
  tableLabel: string;
  className?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(spec);

  useEffect(() => {
    let takeDown: (() => void) | undefined;
    let cancelled = false;
    import('./hours-chart-render').then(({ drawChart }) => {
      if (!cancelled && element.current) takeDown = drawChart(element.current, JSON.parse(key) as ChartSpec);
    });
    return () => {
      cancelled = true;
      takeDown?.();
    };
  }, [key]);

  return (
    <>
      <div ref={element} className={`chart ${className ?? ''}`} role="img" aria-label={label} />
      <details className="hours-chart__table">
        <summary>
          <FormattedMessage id="teamDashboard.showTable" />
        </summary>
        {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
        <div className="table-wrap" tabIndex={0} role="group" aria-label={tableLabel}>
          {table}
        </div>
      </details>
    </>
  );
}
