import { badUserInput } from '@buurtvolk/subgraph-kit';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';

/** Rows read per round trip: a year of the national ledger (millions of rows) is read in pages, never in one go. */
const PAGE = 5_000;

/** The Dutch names of the movement kinds, as the accountant reads them. */
const KIND_NL: Record<string, string> = {
  ALLOCATION: 'Toekenning',
  ALLOWANCE: 'Vrijwilligersvergoeding',
  EXPENSE: 'Onkostenvergoeding',
  PAYOUT: 'Uitbetaling',
  REVERSAL: 'Correctie',
  WRITE_OFF: 'Kwijtschelding',
  INVOICE: 'Factuur',
  FUNDS_RECEIVED: 'Ontvangst',
};
const CATEGORY_NL: Record<string, string> = {
  ALLOWANCES: 'Vrijwilligersvergoedingen',
  ACTIVITIES: 'Activiteiten',
  TRAINING: 'Training',
  COORDINATION: 'Coördinatie',
};

/**
 * Euros with a decimal comma and no thousands separator (1234,50): what Dutch Excel reads as a number and what Dutch
 * bookkeeping packages (Exact, Twinfield, AFAS, Snelstart) take in their CSV imports; cents would have to be divided by
 * hand. The arithmetic stays in integer cents; only this last step writes them as euros.
 */
export function euroCell(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * As the impact reports (apps/impact/src/reports/csv-export.ts): Excel and LibreOffice run a cell that starts with
 * = + - @ (or a tab or carriage return) as a formula, so typed text gets a leading apostrophe; an amount stays a number.
 */
function spreadsheetSafe(text: string): string {
  if (/^-?\d+(,\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Semicolons (Dutch Excel's list separator, as the impact CSVs), quotes doubled by csv-stringify; the BOM only once, at the top. */
function csvRows(rows: string[][], bom: boolean): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafe)),
    { delimiter: ';', bom },
  );
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2999)
    throw badUserInput('year must be between 2000 and 2999', [{ field: 'year', message: 'must be between 2000 and 2999' }]);
}

/** A movement belongs to the year of its date in Amsterdam: 31 December 23:30 UTC is already next year. */
const IN_YEAR = `occurred_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AND occurred_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam')`;

interface MovementRow {
  id: string;
  /** The exact timestamp as text: a JavaScript Date drops microseconds, and the next page would repeat the row. */
  cursor: string;
  date: string;
  kind: string;
  fromAccount: string;
  toAccount: string;
  cents: string;
  description: string;
  reversesEntryId: string | null;
  teamId: string | null;
  budgetYear: number | null;
  category: string | null;
}

export interface YearEndExport {
  fileName: string;
  summaryFileName: string;
  movements: string;
  summary: string;
}

/**
 * The year's ledger as an accountant imports it: every movement dated in the year with both accounts, and per team and
 * category what the year's budget was allocated, spent and has left (net of reversals, from every movement on it,
 * also those booked after 31 December on that year's budget). Admins only; the service checks it.
 */
export async function yearEndExport(dataSource: DataSource, year: number, pageSize = PAGE): Promise<YearEndExport> {
  assertYear(year);
  const parts = [
    csvRows(
      [
        [
          'Datum',
          'Boeking',
          'Soort',
          'Van rekening',
          'Naar rekening',
          'Bedrag (EUR)',
          'Team',
          'Budgetjaar',
          'Categorie',
          'Omschrijving',
          'Correctie van',
        ],
      ],
      true,
    ),
  ];
  // Keyset paging on (occurred_at, id), the ledger_entries_by_date index: each page starts after the last row read.
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const page: MovementRow[] = await dataSource.query(
      `SELECT e.id, e.occurred_at::text AS cursor, to_char(e.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date, e.kind,
              e.from_account AS "fromAccount", e.to_account AS "toAccount", e.amount_cents AS cents, e.description,
              e.reverses_entry_id AS "reversesEntryId", b.team_id AS "teamId", b.year AS "budgetYear", b.category
         FROM ledger_entries e LEFT JOIN budgets b ON b.id = e.budget_id
        WHERE ${IN_YEAR.replaceAll('occurred_at', 'e.occurred_at')}
          AND ($2::timestamptz IS NULL OR (e.occurred_at, e.id) > ($2::timestamptz, $3::uuid))
        ORDER BY e.occurred_at, e.id LIMIT $4`,
      [year, after?.at ?? null, after?.id ?? null, pageSize],
    );
    if (page.length) {
      parts.push(
        csvRows(
          page.map((row) => [
            row.date,
            row.id,
            KIND_NL[row.kind] ?? row.kind,
            row.fromAccount,
            row.toAccount,
            euroCell(BigInt(row.cents)),
            row.teamId ?? '',
            row.budgetYear === null ? '' : String(row.budgetYear),
            row.category ? (CATEGORY_NL[row.category] ?? row.category) : '',
            row.description,
            row.reversesEntryId ?? '',
          ]),
          false,
        ),
      );
    }
    if (page.length < pageSize) break;
    const last = page[page.length - 1];
    after = { at: last.cursor, id: last.id };
  }
  return {
    fileName: `buurtvolk-grootboek-${year}.csv`,
    summaryFileName: `buurtvolk-budgetten-${year}.csv`,
    movements: parts.join(''),
    summary: await budgetSummary(dataSource, year),
  };
}

/** Per team and category of the year's budgets: allocated (from agreements, net of reversals), spent (the rest), left. */
async function budgetSummary(dataSource: DataSource, year: number): Promise<string> {
  const rows: { teamId: string; category: string; allocated: string; spent: string }[] = await dataSource.query(
    `SELECT b.team_id AS "teamId", b.category,
            coalesce(sum(CASE WHEN e.to_account = 'budget:' || b.id AND e.from_account LIKE 'agreement:%' THEN e.amount_cents
                              WHEN e.from_account = 'budget:' || b.id AND e.to_account LIKE 'agreement:%' THEN -e.amount_cents ELSE 0 END), 0) AS allocated,
            coalesce(sum(CASE WHEN e.from_account = 'budget:' || b.id AND e.to_account NOT LIKE 'agreement:%' THEN e.amount_cents
                              WHEN e.to_account = 'budget:' || b.id AND e.from_account NOT LIKE 'agreement:%' THEN -e.amount_cents ELSE 0 END), 0) AS spent
       FROM budgets b LEFT JOIN ledger_entries e ON e.budget_id = b.id
      WHERE b.year = $1
      GROUP BY b.team_id, b.category ORDER BY b.team_id, b.category`,
    [year],
  );
  let allocated = 0n;
  let spent = 0n;
  const lines = rows.map((row) => {
    allocated += BigInt(row.allocated);
    spent += BigInt(row.spent);
    return [
      row.teamId,
      CATEGORY_NL[row.category] ?? row.category,
      euroCell(BigInt(row.allocated)),
      euroCell(BigInt(row.spent)),
      euroCell(BigInt(row.allocated) - BigInt(row.spent)),
    ];
  });
  return csvRows(
    [
      ['Team', 'Categorie', 'Toegekend (EUR)', 'Besteed (EUR)', 'Over (EUR)'],
      ...lines,
      ['Totaal', '', euroCell(allocated), euroCell(spent), euroCell(allocated - spent)],
    ],
    true,
  );
}

/** A closed year adds up: its movements balance, and none of its budgets is overspent. */
export async function checkYear(
  dataSource: DataSource,
  year: number,
): Promise<{ balanced: boolean; entries: number; accounts: number; problems: string[] }> {
  assertYear(year);
  const balances: { account: string; balance: string }[] = await dataSource.query(
    `SELECT account, sum(delta) AS balance FROM (
       SELECT to_account AS account, amount_cents AS delta FROM ledger_entries WHERE ${IN_YEAR}
       UNION ALL SELECT from_account, -amount_cents FROM ledger_entries WHERE ${IN_YEAR}) movements
     GROUP BY account`,
    [year],
  );
  const [{ entries }] = await dataSource.query(`SELECT count(*)::int AS entries FROM ledger_entries WHERE ${IN_YEAR}`, [year]);
  const problems: string[] = [];
  const total = balances.reduce((sum, row) => sum + BigInt(row.balance), 0n);
  if (total !== 0n) problems.push(`The movements of ${year} sum to ${total} cents instead of 0`);
  const overspent: { budgetId: string; balance: string }[] = await dataSource.query(
    `SELECT b.id AS "budgetId", sum(CASE WHEN e.to_account = 'budget:' || b.id THEN e.amount_cents ELSE -e.amount_cents END) AS balance
       FROM budgets b JOIN ledger_entries e ON e.budget_id = b.id AND (e.to_account = 'budget:' || b.id OR e.from_account = 'budget:' || b.id)
      WHERE b.year = $1
      GROUP BY b.id HAVING sum(CASE WHEN e.to_account = 'budget:' || b.id THEN e.amount_cents ELSE -e.amount_cents END) < 0
      ORDER BY b.id`,
    [year],
  );
  for (const row of overspent) problems.push(`budget:${row.budgetId} is overspent by ${-BigInt(row.balance)} cents`);
  return { balanced: problems.length === 0, entries, accounts: balances.length, problems };
}
