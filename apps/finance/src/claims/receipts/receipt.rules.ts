import { type SniffedContentType, sniffContentType } from '@buurtvolk/subgraph-kit';

/**
 * What a receipt file may be. The type is judged by the file's first bytes (libs/subgraph-kit file-signatures), never
 * by its name or the browser's Content-Type, which the sender chooses:
 * - PDF: `%PDF-` (ISO 32000-2 §7.5.2, the file header);
 * - JPEG: `FF D8 FF` (start of image marker followed by the next marker, ITU T.81 Annex B);
 * - PNG: the eight-byte signature `89 50 4E 47 0D 0A 1A 0A` (ISO/IEC 15948 §5.2);
 * - HEIC/HEIF: an ISO base media file whose first box is `ftyp` (bytes 4–7) with major brand heic, heix, mif1, msf1
 *   or hevc (ISO/IEC 23008-12 Annex B; phones write these).
 * At most 10 MB: a phone photo of a receipt is 2–5 MB, a scanned PDF less.
 */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

export type ReceiptContentType = SniffedContentType;

export const ACCEPTED_RECEIPT_TYPES: readonly ReceiptContentType[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'];

/** The type a file's first bytes show, or null when they show none of the accepted types (or too few bytes came). */
export function receiptContentType(head: Uint8Array): ReceiptContentType | null {
  return sniffContentType(head);
}

/** How long an upload or viewing link works: long enough for a slow phone connection, short enough not to be passed on. */
export const UPLOAD_URL_MINUTES = 10;
export const VIEW_URL_MINUTES = 5;

/**
 * Retention: a claim's records stay seven years (Algemene wet inzake rijksbelastingen art. 52: seven years, counted
 * as the fiscal books are, from the end of the year the claim was closed — paid or rejected). A receipt goes when its
 * claim's retention has ended and never earlier, also when the person was erased meanwhile.
 */
export const RETENTION_YEARS = 7;

/** The same rule in SQL, for the clean-up: closed in a year that is more than seven years before this one. */
export const RETENTION_ENDED_SQL = `extract(year FROM c.closed_at AT TIME ZONE 'Europe/Amsterdam') + ${RETENTION_YEARS} < extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')`;
