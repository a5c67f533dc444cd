import { type ReactNode, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { FormField } from './form-field';

/** A sort key: text sorts the Dutch way, numbers by size; null (e.g. a hidden small number) sorts as the smallest. */
export type SortKey = string | number | null | undefined;

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  sortKey: (row: Row) => SortKey;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface TableFilter<Row> {
  key: string;
  label: ReactNode;
  allLabel: string;
  options: { value: string; label: string }[];
  value: (row: Row) => string | string[];
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl');
}

const normalised = (text: string) => text.toLocaleLowerCase('nl');

/**
 * A table to search, filter and sort by any column; the first column heads its row. The count of rows shown is
 * announced, so a screen reader hears what a search did.
 */
export function SortableTable<Row>({
  caption,
  rows,
  rowKey,
  columns,
  searchText,
  searchLabel,
  searchHint,
  filters = [],
  initialSort,
  empty,
}: {
  caption: ReactNode;
  rows: Row[];
  rowKey: (row: Row) => string;
  columns: TableColumn<Row>[];
  searchText: (row: Row) => string;
  searchLabel: ReactNode;
  searchHint?: ReactNode;
  filters?: TableFilter<Row>[];
  initialSort?: string;
  empty: ReactNode;
}) {
  const intl = useIntl();
  const captionId = useId();
  const [sort, setSort] = useState<{ column: string; direction: 'ascending' | 'descending' }>({
    column: initialSort ?? columns[0].key,
    direction: 'ascending',
  });
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});

  const needle = normalised(search.trim());
  const sortColumn = columns.find((column) => column.key === sort.column) ?? columns[0];
  const tieBreak = columns[0];
  const shown = rows
    .filter((row) => !needle || normalised(searchText(row)).includes(needle))
    .filter((row) => filters.every((filter) => !chosen[filter.key] || [filter.value(row)].flat().includes(chosen[filter.key])))
    .sort(
      (a, b) =>
        (sort.direction === 'ascending' ? 1 : -1) *
        (compareKeys(sortColumn.sortKey(a), sortColumn.sortKey(b)) || compareKeys(tieBreak.sortKey(a), tieBreak.sortKey(b))),
    );

  const sortBy = (column: string) =>
    setSort((previous) => ({
      column,
      direction: previous.column === column && previous.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <>
      <div className="table-filters">
        <FormField label={searchLabel} hint={searchHint}>
          {(props) => <input {...props} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </FormField>
        {filters.map((filter) => (
          <FormField key={filter.key} label={filter.label}>
            {(props) => (
              <select
                {...props}
                value={chosen[filter.key] ?? ''}
                onChange={(event) => setChosen({ ...chosen, [filter.key]: event.target.value })}
              >
                <option value="">{filter.allLabel}</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
      </div>
      <p role="status">{intl.formatMessage({ id: 'common.rowsShown' }, { shown: shown.length, total: rows.length })}</p>
      {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
      <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'number' : undefined}
                  aria-sort={sort.column === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.header}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {sort.column === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.key} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? 'number' : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!shown.length && <p>{empty}</p>}
    </>
  );
}
