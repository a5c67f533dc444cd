import { decodeCsv, exampleCsv, IMPORT_COLUMNS, namesByLine, toBase64 } from './people-import-csv';

describe('reading an import file in the browser', () => {
  it('names each row by the line it starts on, past empty lines and quoted line breaks', () => {
    const csv =
      'displayName;email\r\nAnna;anna@example.org\r\n\r\n"Bram ""B"" de\nVries";bram@example.org\r\n;;\r\nCor;cor@example.org\r\n';
    expect([...namesByLine(csv)]).toEqual([
      [2, 'Anna'],
      [4, 'Bram "B" de\nVries'],
      [7, 'Cor'],
    ]);
  });

  it('takes commas when the header has more of them, and finds the column wherever it is', () => {
    expect([...namesByLine('\uFEFFemail,displayName\nx@example.org, Dina \n')]).toEqual([[2, 'Dina']]);
  });

  it('has no names for a file without a displayName column', () => {
    expect(namesByLine('naam;email\nAnna;a@example.org').size).toBe(0);
  });

  it('reads Excel’s Windows-1252 files as well as UTF-8', () => {
    expect(decodeCsv(new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x65]))).toBe('Renée');
    expect(decodeCsv(new TextEncoder().encode('Renée'))).toBe('Renée');
  });

  it('sends the bytes unchanged and offers every column in the example', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0xff]);
    expect(Buffer.from(toBase64(bytes), 'base64')).toEqual(Buffer.from(bytes));
    expect(exampleCsv()).toBe(`\uFEFF${IMPORT_COLUMNS.join(';')}\r\n`);
  });
});
