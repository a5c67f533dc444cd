import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { monthFiguresLoader } from './month-figures';
import type { SummaryRow } from './month-summary.types';
import { summaryPhotosLoader } from './summary-photos';

/** The most recent summaries a team lists (two years of months). */
export const LISTED_SUMMARIES = 24;

export const SUMMARY_COLUMNS = `id, team_id AS "teamId", to_char(month, 'YYYY-MM') AS month, status, highlight_nl AS "highlightNl",
  highlight_en AS "highlightEn", published_at AS "publishedAt", version`;

export async function summaryById(db: DataSource | EntityManager, id: string, lock = false): Promise<SummaryRow | null> {
  const [row] = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM team_month_summaries WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

/** The summaries' loaders, spread into the service's per-request loaders: one statement per batch each. */
export function summaryLoaders(dataSource: DataSource) {
  return {
    /** Figures per `teamId|YYYY-MM`. */
    monthFigures: monthFiguresLoader(dataSource),
    /** Photos per summary id. */
    summaryPhotos: summaryPhotosLoader(dataSource),
    /** The summary of `teamId|YYYY-MM`, drafts included (callers check who may see it). */
    summaryOfMonth: new DataLoader<string, SummaryRow | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: SummaryRow[] = await dataSource.query(
        `SELECT ${SUMMARY_COLUMNS} FROM team_month_summaries t
          WHERE (t.team_id, t.month) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`,
        [pairs.map(([teamId]) => teamId), pairs.map(([, month]) => `${month}-01`)],
      );
      return pairs.map(([teamId, month]) => rows.find((row) => row.teamId === teamId && row.month === month) ?? null);
    }),
    /** Each team's latest summaries, newest first, drafts included. */
    summariesOfTeam: new DataLoader<string, SummaryRow[]>(async (teamIds) => {
      const rows: SummaryRow[] = await dataSource.query(
        `SELECT ${SUMMARY_COLUMNS} FROM (
           SELECT *, row_number() OVER (PARTITION BY team_id ORDER BY month DESC) AS place FROM team_month_summaries WHERE team_id = ANY($1)
         ) t WHERE place <= $2 ORDER BY month DESC`,
        [teamIds, LISTED_SUMMARIES],
      );
      return teamIds.map((id) => rows.filter((row) => row.teamId === id));
    }),
  };
}
