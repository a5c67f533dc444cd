import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers, CHARLOIS, FEIJENOORD } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const IMPORT = `mutation ($input: ImportVolunteersInput!) { importVolunteers(input: $input) { dryRun encoding imported rows { line volunteerId errors { field message } warnings { field message } } } }`;
const HEADER = 'displayName;givenName;familyName;email;phone;dateOfBirth;postalCode;houseNumber;joinedOn;talents';

async function count(): Promise<number> {
  return Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM volunteers'))[0].n);
}

function run(csv: string, dryRun: boolean, teamId = FEIJENOORD, caller = callers.coordinatorFeijenoord) {
  return subgraph.query(IMPORT, { input: { teamId, csv, dryRun } }, caller);
}

describe('importing volunteers from a spreadsheet', () => {
  const good = [
    HEADER,
    'Ans;Ans;de Wit;ans@example.org;06 11122233;03-04-1958;3073 BC;4;01-09-2025;koken|tuinieren',
    'Bilal;Bilal;Amrani;bilal@example.org;010-7654321;1990-10-10;3074AA;12b;2025-09-01;',
  ].join('\n');

  it('checks every row in a dry run and imports nothing', async () => {
    const before = await count();
    const result = await run(good, true);
    expect(result.data.importVolunteers).toEqual({
      dryRun: true,
      encoding: 'UTF-8',
      imported: 0,
      rows: [
        { line: 2, volunteerId: null, errors: [], warnings: [] },
        { line: 3, volunteerId: null, errors: [], warnings: [] },
      ],
    });
    expect(await count()).toBe(before);
  });

  it('imports all rows, normalised, in intake', async () => {
    const result = await run(good, false);
    expect(result.data.importVolunteers.imported).toBe(2);
    const [row] = await subgraph.dataSource.query(
      `SELECT phone, date_of_birth::text AS born, postal_code, talents, status, joined_on::text AS joined FROM volunteers WHERE email = 'ans@example.org'`,
    );
    expect(row).toEqual({
      phone: '+31611122233',
      born: '1958-04-03',
      postal_code: '3073 BC',
      talents: ['koken', 'tuinieren'],
      status: 'INTAKE',
      joined: '2025-09-01',
    });
  });

  it('reports each bad row with its line and field, and imports none of the file', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'Carla;Carla;Bos;carla@example.org;0612345678;1970-01-01;3071 AA;1;2025-09-01;',
      'Dirk;Dirk;Mol;not-an-email;12;2099-01-01;0000 AA;1;2025-09-01;',
      'Eva;Eva;Ros;carla@example.org;0612345679;1980-01-01;3071 AA;2;2025-09-01;',
      'Fred;Fred;Vos;ans@example.org;0612345670;1980-01-01;3071 AA;3;2025-09-01;',
      ';Gerrit;;;;;;;;',
    ].join('\n');
    const result = await run(csv, false);
    const rows = result.data.importVolunteers.rows;
    expect(result.data.importVolunteers.imported).toBe(0);
    expect(rows[0].errors).toEqual([]);
    expect(rows[1].errors.map((error: { field: string }) => error.field).sort()).toEqual(['dateOfBirth', 'email', 'phone', 'postalCode']);
    expect(rows[2].errors).toEqual([{ field: 'email', message: 'is also on line 2' }]);
    expect(rows[3].errors).toEqual([{ field: 'email', message: 'belongs to a volunteer already registered' }]);
    expect(rows[4].errors).toEqual([{ field: 'displayName', message: 'is required' }]);
    expect(rows.map((row: { line: number }) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(await count()).toBe(before);
  });

  it('reads a file saved by Excel in Windows-1252 or UTF-8 with its accents, and refuses text already mangled', async () => {
    const rows = [HEADER, 'Renée;Renée;Çelik;renee@example.org;;12-05-1975;3072 AB;5;01-09-2025;'].join('\r\n');
    const windows = await subgraph.query(
      IMPORT,
      { input: { teamId: FEIJENOORD, csvBase64: Buffer.from(rows, 'latin1').toString('base64'), dryRun: false } },
      callers.coordinatorFeijenoord,
    );
    expect(windows.data.importVolunteers).toMatchObject({ encoding: 'Windows-1252', imported: 1 });
    const [stored] = await subgraph.dataSource.query(`SELECT given_name, family_name FROM volunteers WHERE email = 'renee@example.org'`);
    expect(stored).toEqual({ given_name: 'Renée', family_name: 'Çelik' });
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(rows.replace(/renee@/, 'renee2@').replace('Renée;Renée;Çelik', 'Zoë;Zoë;Öztürk'), 'utf8'),
    ]);
    const read = await subgraph.query(
      IMPORT,
      { input: { teamId: FEIJENOORD, csvBase64: utf8.toString('base64'), dryRun: true } },
      callers.coordinatorFeijenoord,
    );
    expect(read.data.importVolunteers).toMatchObject({ encoding: 'UTF-8', rows: [{ errors: [] }] });
    const mangled = await run([HEADER, 'Ren\uFFFDe;Ren\uFFFDe;X;;;;;;;'].join('\n'), true);
    expect(mangled.errors?.[0].message).toMatch(/^Line 2 contains .*wrong character set/);
  });

  it('refuses a date that could be day/month or month/day, and reads one that cannot', async () => {
    const result = await run(
      [HEADER, 'Hans;Hans;Kok;;;9/1/1980;;;;', 'Ineke;Ineke;Lam;;;1/31/1980;;;;', 'Joop;Joop;Maas;;;31/1/1980;;;;'].join('\n'),
      true,
    );
    const [ambiguous, monthFirst, dayFirst] = result.data.importVolunteers.rows;
    expect(ambiguous.errors).toEqual([
      { field: 'dateOfBirth', message: '9/1/1980 could be day/month or month/day; write it as 1980-MM-DD or DD-MM-1980' },
    ]);
    expect(monthFirst.errors).toEqual([]);
    expect(dayFirst.errors).toEqual([]);
  });

  it('reports the physical line after a value with a line break, skips empty trailing rows and repairs a phone that lost its 0', async () => {
    const csv = [HEADER, 'Kees;Kees;Nijs;;;;;;;"koken', 'fietsen"', 'Lies;Lies;Oost;;612345678;;;;;', ';;;;;;;;;', ';;;;;;;;;'].join('\n');
    const result = await run(csv, true);
    expect(result.data.importVolunteers.rows).toEqual([
      { line: 2, volunteerId: null, errors: [], warnings: [] },
      {
        line: 4,
        volunteerId: null,
        errors: [],
        warnings: [{ field: 'phone', message: '612345678 had lost its leading 0 (as Excel does); read as 0612345678' }],
      },
    ]);
  });

  it('finds the same person by name and date of birth, in the file and in the register, also without e-mail addresses', async () => {
    const result = await run(
      [HEADER, 'Ans;Ans;De Wit;;;03-04-1958;;;;', 'Mo;Mo;Said;;;1990-02-02;;;;', 'Mo;mo;said;;;02-02-1990;;;;'].join('\n'),
      true,
    );
    const [registered, first, again] = result.data.importVolunteers.rows;
    expect(registered.errors).toEqual([{ field: 'givenName', message: 'is a volunteer already registered (same name and date of birth)' }]);
    expect(first.errors).toEqual([]);
    expect(again.errors).toEqual([{ field: 'givenName', message: 'is also on line 3' }]);
  });

  it('refuses an unreadable file, unknown columns and a file that is too large, naming the reason', async () => {
    const unknown = await run('name;iban\nA;NL00', true);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'csv' }] } });
    expect(unknown.errors?.[0].message).toContain('Unknown columns: name, iban');
    const broken = await run('displayName;email\n"unclosed;x', true);
    expect(broken.errors?.[0].message).toMatch(/^The file is not valid CSV/);
    const many = [HEADER, ...Array.from({ length: 501 }, (_, i) => `P${i};;;;;;;;;`)].join('\n');
    const tooMany = await run(many, true);
    expect(tooMany.errors?.[0].message).toContain('import at most 500');
    const huge = await run(`${HEADER}\n${'x'.repeat(100_000)}`, true);
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for the team’s coordinators and admins only', async () => {
    const result = await run(good, true, CHARLOIS);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
