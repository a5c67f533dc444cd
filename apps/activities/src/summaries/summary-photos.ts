import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

/** One photo of a summary, with who is in it and whether it may be shown now. */
export interface PhotoRow {
  id: string;
  summaryId: string;
  teamId: string;
  caption: string;
  objectKey: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  volunteerIds: string[];
  /** Uploaded, and everyone in it has PHOTOS consent now. */
  shown: boolean;
}

/**
 * Whether a photo may be shown, in SQL: it has its file and nobody in it is without PHOTOS consent as the volunteers
 * service last announced it. Checked at every read, so a withdrawal takes the photo out of every summary (published
 * ones too) and out of the share image at once, and a view link stops working.
 */
const SHOWN_SQL = `p.object_key IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM summary_photo_people pp
    LEFT JOIN volunteer_consents c ON c.volunteer_id = pp.volunteer_id AND c.purpose = 'PHOTOS'
   WHERE pp.photo_id = p.id AND c.given IS DISTINCT FROM true)`;

const PHOTO_COLUMNS = `p.id, p.summary_id AS "summaryId", (SELECT s.team_id FROM team_month_summaries s WHERE s.id = p.summary_id) AS "teamId", p.caption, p.object_key AS "objectKey", p.content_type AS "contentType",
  p.size_bytes AS "sizeBytes", (${SHOWN_SQL}) AS shown,
  array(SELECT pp.volunteer_id::text FROM summary_photo_people pp WHERE pp.photo_id = p.id ORDER BY pp.volunteer_id) AS "volunteerIds"`;

/** Photos per summary id, oldest first: one statement per batch. */
export function summaryPhotosLoader(dataSource: DataSource): DataLoader<string, PhotoRow[]> {
  return new DataLoader(async (summaryIds) => {
    const rows: PhotoRow[] = await dataSource.query(
      `SELECT ${PHOTO_COLUMNS} FROM summary_photos p WHERE p.summary_id = ANY($1) ORDER BY p.created_at, p.id`,
      [summaryIds],
    );
    return summaryIds.map((id) => rows.filter((row) => row.summaryId === id));
  });
}

export async function photoById(db: DataSource | EntityManager, photoId: string): Promise<PhotoRow | null> {
  const [row] = await db.query(`SELECT ${PHOTO_COLUMNS} FROM summary_photos p WHERE p.id = $1`, [photoId]);
  return row ?? null;
}
