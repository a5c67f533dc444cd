/**
 * What an uploaded file is, judged by its first bytes, never by its name or the browser's Content-Type, which the
 * sender chooses:
 * - PDF: `%PDF-` (ISO 32000-2 §7.5.2, the file header);
 * - JPEG: `FF D8 FF` (start of image marker followed by the next marker, ITU T.81 Annex B);
 * - PNG: the eight-byte signature `89 50 4E 47 0D 0A 1A 0A` (ISO/IEC 15948 §5.2);
 * - HEIC/HEIF: an ISO base media file whose first box is `ftyp` (bytes 4–7) with major brand heic, heix, mif1, msf1
 *   or hevc (ISO/IEC 23008-12 Annex B; phones write these).
 */
export type SniffedContentType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic';

/** Bytes needed to tell the types apart. */
export const SNIFF_BYTES = 12;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEIF_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1', 'hevc']);

/** The type a file's first bytes show, or null when they show none of these (or too few bytes came). */
export function sniffContentType(head: Uint8Array): SniffedContentType | null {
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
