/**
 * What a receipt file may be. The type is judged by the file's first bytes, never by its name or the browser's
 * Content-Type, which the sender chooses:
 * - PDF: `%PDF-` (ISO 32000-2 §7.5.2, the file header);
 * - JPEG: `FF D8 FF` (start of image marker followed by the next marker, ITU T.81 Annex B);
 * - PNG: the eight-byte signature `89 50 4E 47 0D 0A 1A 0A` (ISO/IEC 15948 §5.2);
 * - HEIC/HEIF: an ISO base media file whose first box is `ftyp` (bytes 4–7) with major brand heic, heix, mif1, msf1
 *   or hevc (ISO/IEC 23008-12 Annex B; phones write these).
 * At most 10 MB: a phone photo of a receipt is 2–5 MB, a scanned PDF less.
 */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

/** Bytes needed to tell the types apart. */
export const SNIFF_BYTES = 12;

export type ReceiptContentType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic';

export const ACCEPTED_RECEIPT_TYPES: readonly ReceiptContentType[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEIF_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1', 'hevc']);

/** The type a file's first bytes show, or null when they show none of the accepted types (or too few bytes came). */
export function receiptContentType(head: Uint8Array): ReceiptContentType | null {
  const starts = (bytes: number[], at = 0) => head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(PNG_SIGNATURE)) return 'image/png';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 12))) return 'image/heic';
  return null;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
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
