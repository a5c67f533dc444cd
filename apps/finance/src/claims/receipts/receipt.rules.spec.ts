import { receiptContentType } from './receipt.rules';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => Uint8Array.from(Buffer.from(value, 'latin1'));
const heif = (brand: string) => text(`\0\0\0\x18ftyp${brand}\0\0\0\0`);

describe('what a receipt file is, by its first bytes', () => {
  it('knows PDF, JPEG, PNG and HEIC', () => {
    expect(receiptContentType(text('%PDF-1.4\n%âãÏÓ'))).toBe('application/pdf');
    expect(receiptContentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1))).toBe('image/jpeg');
    expect(receiptContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('image/png');
    for (const brand of ['heic', 'heix', 'mif1', 'msf1', 'hevc']) expect(receiptContentType(heif(brand))).toBe('image/heic');
  });

  it('refuses everything else, whatever its name says', () => {
    expect(receiptContentType(text('Dit is geen PDF maar tekst'))).toBeNull();
    expect(receiptContentType(text('%PDF'))).toBeNull();
    expect(receiptContentType(heif('mp42'))).toBeNull(); // an MP4 video has an ftyp box too
    expect(receiptContentType(text('GIF89a......'))).toBeNull();
    expect(receiptContentType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // half a PNG signature
    expect(receiptContentType(bytes())).toBeNull();
  });
});
