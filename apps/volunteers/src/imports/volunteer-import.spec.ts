import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers, CHARLOIS, FEIJENOORD } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const IMPORT = `mutation ($input: ImportVolunteersInput!) { importVolunteers(input: $input) { dryRun imported rows { line volunteerId errors { field message } } } }`;
const HEADER = 'displayName;givenName;familyName;email;phone;dateOfBirth;postalCode;houseNumber;joinedOn;talents';

async function count(): Promise<number> {
  return Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM volunteers'))[0].n);
}

function run(csv: string, dryRun: boolean, teamId = FEIJENOORD, caller = callers.coordinatorFeijenoord) {
  return subgraph.query(IMPORT, { input: { teamId, csv, dryRun } }, caller);
}

describe('importing volunteers from a spreadsheet', () => {
  const good = [HEADER, 'Ans;Ans;de Wit;ans@example.org;06 11122233;03-04-1958;3073 BC;4;01-09-2025;koken|tuinieren', 'Bilal;Bilal;Amrani;bilal@example.org;010-7654321;1990-10-10;3074AA;12b;2025-09-01;'].join('\n');

  it('checks every row in a dry run and imports nothing', async () => {
    const before = await count();
    const result = await run(good, true);
    expect(result.data.importVolunteers).toEqual({ dryRun: true, imported: 0, rows: [{ line: 2, volunteerId: null, errors: [] }, { line: 3, volunteerId: null, errors: [] }] });
    expect(await count()).toBe(before);
  });

  it('imports all rows, normalised, in intake', async () => {
    const result = await run(good, false);
    expect(result.data.importVolunteers.imported).toBe(2);
    const [row] = await subgraph.dataSource.query(`SELECT phone, date_of_birth::text AS born, postal_code, talents, status, joined_on::text AS joined FROM volunteers WHERE email = 'ans@example.org'`);
    expect(row).toEqual({ phone: '+31611122233', born: '1958-04-03', postal_code: '3073 BC', talents: ['koken', 'tuinieren'], status: 'INTAKE', joined: '2025-09-01' });
  });

  it('reports each bad row with its line and field, and imports none of the file', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'Carla;Carla;Bos;carla@example.org;0612345678;1970-01-01;3071 AA;1;2025-09-01;',
      'Dirk;Dirk;Mol;not-an-email;12;2099-01-01;0000 AA;1;2025-09-01;',
      'Eva;Eva;Ros;carla@example.org;0612345679;1980-01-01;3071 AA;2;2025-09-01;',
      'Fred;Fred;Vos;ans@example.org;0612345670;1980-01-01;3071 AA;3;2025-09-01;',
      ';;;;;;;;;',
    ].join('\n');
    const result = await run(csv, false);
    const rows = result.data.importVolunteers.rows;
    expect(result.data.importVolunteers.imported).toBe(0);
    expect(rows[0].errors).toEqual([]);
    expect(rows[1].errors.map((error: { field: string }) => error.field).sort()).toEqual(['dateOfBirth', 'email', 'phone', 'postalCode']);
    expect(rows[2].errors).toEqual([{ field: 'email', message: 'is also on line 2' }]);
    expect(rows[3].errors).toEqual([{ field: 'email', message: 'belongs to a volunteer already registered' }]);
    expect(rows[4].errors).toEqual([{ field: 'displayName', message: 'is required' }]);
    expect(await count()).toBe(before);
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
