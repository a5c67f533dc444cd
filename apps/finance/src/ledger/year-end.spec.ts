import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { yearEndExport } from './year-end';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const TEAM_A = demoId('team:feijenoord');
const TEAM_B = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
const agreement = `agreement:${randomUUID()}`;
const payable = `payable:${randomUUID()}`;
const budgetA = randomUUID();
const budgetB = randomUUID();
const overspent = randomUUID();
const ids = Array.from({ length: 10 }, () => randomUUID());

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
  // Years far from the demo data, so these are the only movements and budgets in them. Booked as the services book
  // them (one row per movement from one account to another), with dates the services cannot choose.
  const budgets: [string, string, number, string][] = [
    [budgetA, TEAM_A, 2093, 'ACTIVITIES'],
    [budgetB, TEAM_B, 2093, 'ALLOWANCES'],
    [overspent, TEAM_A, 2095, 'TRAINING'],
  ];
  for (const row of budgets)
    await subgraph.dataSource.query('INSERT INTO budgets (id, team_id, year, category) VALUES ($1, $2, $3, $4)', row);
  const entries: [string, string, string, string, string, number, string | null, string, string | null][] = [
    // 00:30 on 1 January in Amsterdam: the first movement of 2093.
    [ids[0], '2092-12-31T23:30:00Z', 'ALLOCATION', agreement, `budget:${budgetA}`, 99, budgetA, 'Allocation to ACTIVITIES 2093', null],
    // Microseconds, as now() writes them: the page boundary after this row must not repeat it.
    [
      ids[1],
      '2093-01-05T10:00:00.123456Z',
      'ALLOCATION',
      agreement,
      `budget:${budgetA}`,
      100_000,
      budgetA,
      'Allocation to ACTIVITIES 2093',
      null,
    ],
    [ids[2], '2093-02-01T10:00:00Z', 'ALLOCATION', agreement, `budget:${budgetB}`, 50_000, budgetB, 'Allocation to ALLOWANCES 2093', null],
    [ids[3], '2093-03-10T10:00:00Z', 'EXPENSE', `budget:${budgetA}`, payable, 1_250, budgetA, 'Boodschappen; koffie "Zuid"', null],
    [ids[4], '2093-03-11T10:00:00Z', 'ALLOWANCE', `budget:${budgetB}`, payable, 4_500, budgetB, '=SUM(A1)', null],
    [ids[5], '2093-04-01T10:00:00Z', 'PAYOUT', payable, 'bank', 5_750, null, 'Payout', null],
    [ids[6], '2093-05-01T10:00:00Z', 'REVERSAL', `budget:${budgetA}`, agreement, 20_000, budgetA, 'Reversal: te veel', ids[1]],
    // 00:30 on 1 January 2094 in Amsterdam: next year's movement, on 2093's budget.
    [ids[7], '2093-12-31T23:30:00Z', 'EXPENSE', `budget:${budgetA}`, payable, 700, budgetA, 'Late receipt', null],
    [ids[8], '2095-02-01T10:00:00Z', 'ALLOCATION', agreement, `budget:${overspent}`, 1_000, overspent, 'Allocation to TRAINING 2095', null],
    [ids[9], '2095-03-01T10:00:00Z', 'EXPENSE', `budget:${overspent}`, payable, 1_500, overspent, 'Too much', null],
  ];
  for (const [id, at, kind, from, to, cents, budgetId, description, reverses] of entries) {
    await subgraph.dataSource.query(
      'INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, budget_id, description, reverses_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [id, at, kind, from, to, cents, budgetId, description, reverses],
    );
  }
});
afterAll(() => subgraph.destroy());

async function ok(query: string, variables: Record<string, unknown> = {}, as = admin) {
  const result = await subgraph.query(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const EXPORT = `query ($year: Int!) { yearEndExport(year: $year) { fileName movements summaryFileName summary } }`;
const CHECK = `query ($year: Int) { ledgerCheck(year: $year) { balanced entries accounts problems } }`;
const BOM = '\ufeff';

describe('the year-end export for the accountant', () => {
  it('lists every movement dated in the year (Amsterdam time) with its accounts, in euros with a decimal comma, and escapes typed text', async () => {
    const { yearEndExport: result } = await ok(EXPORT, { year: 2093 });
    expect(result.fileName).toBe('buurtvolk-grootboek-2093.csv');
    expect(
      result.movements.startsWith(
        `${BOM}Datum;Boeking;Soort;Van rekening;Naar rekening;Bedrag (EUR);Team;Budgetjaar;Categorie;Omschrijving;Correctie van\n`,
      ),
    ).toBe(true);
    const lines = result.movements.slice(1).trimEnd().split('\n');
    expect(lines.slice(1)).toEqual([
      `2093-01-01;${ids[0]};Toekenning;${agreement};budget:${budgetA};0,99;${TEAM_A};2093;Activiteiten;Allocation to ACTIVITIES 2093;`,
      `2093-01-05;${ids[1]};Toekenning;${agreement};budget:${budgetA};1000,00;${TEAM_A};2093;Activiteiten;Allocation to ACTIVITIES 2093;`,
      `2093-02-01;${ids[2]};Toekenning;${agreement};budget:${budgetB};500,00;${TEAM_B};2093;Vrijwilligersvergoedingen;Allocation to ALLOWANCES 2093;`,
      // A semicolon and quotes stay inside one quoted cell; a formula is written as text.
      `2093-03-10;${ids[3]};Onkostenvergoeding;budget:${budgetA};${payable};12,50;${TEAM_A};2093;Activiteiten;"Boodschappen; koffie ""Zuid""";`,
      `2093-03-11;${ids[4]};Vrijwilligersvergoeding;budget:${budgetB};${payable};45,00;${TEAM_B};2093;Vrijwilligersvergoedingen;'=SUM(A1);`,
      `2093-04-01;${ids[5]};Uitbetaling;${payable};bank;57,50;;;;Payout;`,
      `2093-05-01;${ids[6]};Correctie;budget:${budgetA};${agreement};200,00;${TEAM_A};2093;Activiteiten;Reversal: te veel;${ids[1]}`,
    ]);
  });

  it('sums the year’s budgets per team and category: allocated net of reversals, spent (also after 31 December) and left, with a total', async () => {
    const { yearEndExport: result } = await ok(EXPORT, { year: 2093 });
    expect(result.summaryFileName).toBe('buurtvolk-budgetten-2093.csv');
    // A: 0,99 + 1000,00 − 200,00 allocated; 12,50 + 7,00 spent. B: 500,00 allocated, 45,00 spent.
    expect(result.summary).toBe(
      `${BOM}Team;Categorie;Toegekend (EUR);Besteed (EUR);Over (EUR)\n` +
        `${TEAM_A};Activiteiten;800,99;19,50;781,49\n` +
        `${TEAM_B};Vrijwilligersvergoedingen;500,00;45,00;455,00\n` +
        `Totaal;;1300,99;64,50;1236,49\n`,
    );
  });

  it('reads the year in pages without losing or repeating a movement', async () => {
    const whole = (await ok(EXPORT, { year: 2093 })).yearEndExport;
    expect(await yearEndExport(subgraph.dataSource, 2093, 2)).toEqual(whole);
    expect(await yearEndExport(subgraph.dataSource, 2093, 7)).toEqual(whole);
  });

  it('is for admins only', async () => {
    const refused = [
      testIdentities.coordinator(TEAM_A),
      testIdentities.volunteer(randomUUID(), TEAM_A),
      testIdentities.partner(demoId('partner:gemeente-rotterdam')),
    ];
    for (const identity of refused) {
      for (const [query, variables] of [
        [EXPORT, { year: 2093 }],
        [CHECK, { year: 2093 }],
      ] as const) {
        const result = await subgraph.query(query, variables, identity);
        expect(result.data).toBeNull();
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('checking a closed year', () => {
  it('counts the year’s movements and accounts and finds them balanced', async () => {
    // agreement, budget A, budget B, the volunteer's payable and the bank.
    expect((await ok(CHECK, { year: 2093 })).ledgerCheck).toEqual({ balanced: true, entries: 7, accounts: 5, problems: [] });
    expect((await ok(CHECK, { year: 2094 })).ledgerCheck).toEqual({ balanced: true, entries: 1, accounts: 2, problems: [] });
  });

  it('names a budget of the year that is overspent', async () => {
    expect((await ok(CHECK, { year: 2095 })).ledgerCheck).toEqual({
      balanced: false,
      entries: 2,
      accounts: 3,
      problems: [`budget:${overspent} is overspent by 500 cents`],
    });
  });

  it('checks the whole ledger without a year, as before', async () => {
    const { ledgerCheck } = await ok(`{ ledgerCheck { balanced problems } }`);
    expect(ledgerCheck.problems).toContain(`budget:${overspent} is overspent by 500 cents`);
  });

  it('refuses a year out of range beside the field', async () => {
    const result = await subgraph.query(EXPORT, { year: 1999 }, admin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
