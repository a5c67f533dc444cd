import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { EntityManager } from 'typeorm';

/** Who wrote and published the demo summaries, as the audit log and the rows name a person's token subject. */
const DEMO_COORDINATOR = 'demo-coordinator';
const DEMO_ADMIN = 'demo-admin';

const HIGHLIGHTS = [
  {
    nl: 'Met twintig buren hebben we het Afrikaanderplein schoongemaakt en nieuwe plantenbakken neergezet. De kinderen van de basisschool hielpen mee.',
    en: 'Twenty neighbours cleaned up the Afrikaanderplein and put up new planters, with help from the primary school children.',
  },
  {
    nl: 'Elke dinsdag een kop koffie in het buurthuis: deze maand kwamen er voor het eerst meer dan dertig bewoners.',
    en: 'A cup of coffee in the community centre every Tuesday: for the first time, more than thirty residents came.',
  },
];

/** The first day of the month `back` months before this one (Europe/Amsterdam). */
function monthsBack(back: number): string {
  const [year, month] = todayInAmsterdam().split('-').map(Number);
  const index = year * 12 + (month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Two published summaries of the Feijenoord demo team, for the two months before this one, without photos (the demo
 * has nobody's PHOTOS consent). Ids are derived from the team and the month, so every machine gets the same.
 */
export async function seedDemoSummaries(manager: EntityManager): Promise<void> {
  const teamId = demoId('team:feijenoord');
  for (const [i, highlight] of HIGHLIGHTS.entries()) {
    const month = monthsBack(i + 1);
    await manager.query(
      `INSERT INTO team_month_summaries (id, team_id, month, status, highlight_nl, highlight_en, written_by, published_at, published_by, version)
       VALUES ($1, $2, $3, 'PUBLISHED', $4, $5, $6, least(($3::date + interval '1 month 3 days')::timestamptz, now()), $7, 2)
       ON CONFLICT (team_id, month) DO NOTHING`,
      [demoId(`month-summary:feijenoord:${month.slice(0, 7)}`), teamId, month, highlight.nl, highlight.en, DEMO_COORDINATOR, DEMO_ADMIN],
    );
  }
}
