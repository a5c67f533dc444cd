import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

export interface FiguresRow {
  key: string;
  /** The row's header: what the figures are about (a theme, a month, a domain). */
  header: ReactNode;
  cells: ReactNode[];
}

/**
 * A table of figures: a caption that says what it shows, a header row, one row header per line and the numbers
 * right-aligned. The first column is the rows' headers; every other column holds numbers.
 */
export function FiguresTable({
  caption,
  columns,
  rows,
  footer,
}: {
  caption: ReactNode;
  columns: { labelId: string }[];
  rows: FiguresRow[];
  footer?: Omit<FiguresRow, 'key'>;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map(({ labelId }, index) => (
            <th key={labelId} scope="col" className={index > 0 ? 'number' : undefined}>
              <FormattedMessage id={labelId} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.key} row={row} />
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <Row row={footer} />
        </tfoot>
      )}
    </table>
  );
}

function Row({ row }: { row: Omit<FiguresRow, 'key'> }) {
  return (
    <tr>
      <th scope="row">{row.header}</th>
      {row.cells.map((cell, index) => (
        <td key={index} className="number">
          {cell}
        </td>
      ))}
    </tr>
  );
}

/** A table that may be wider than a phone: focusable, so a keyboard can scroll it, and named for a screen reader. */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
