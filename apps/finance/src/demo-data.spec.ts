import { createLogger } from '@buurtvolk/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@buurtvolk/testing';
import { demoRatesFor, seedDemoData } from './demo-data';
import { Budget, FundingAgreement } from './funding/funding-agreement.entity';
import { allowanceBooked, costsBooked, fundingAgreementRecorded } from './funding/funding-events';
import { LedgerEntry, LedgerEntryKind } from './ledger/ledger-entry.entity';
import { financeSubgraph } from './subgraph';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('finance', financeSubgraph.database);
  await seedDemoData(database.dataSource, createLogger('finance'));
});
afterAll(() => database.drop());

interface HistoryRow {
  payload: Record<string, any>;
  occurred_at: Date;
  /** occurred_at on the Amsterdam clock */
  amsterdam: string;
}

async function history(type: string): Promise<Map<string, HistoryRow>> {
  const rows: HistoryRow[] = await database.dataSource.query(
    `SELECT payload, occurred_at, to_char(occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS amsterdam FROM event_outbox WHERE type = $1`,
    [type],
  );
  const key = type === 'FundingAgreementRecorded' ? 'agreementId' : 'entryId';
  return new Map(rows.map((row) => [row.payload[key], row]));
}

describe('demo history in finance’s outbox', () => {
  it('records each seeded agreement as it stands, in the live event’s shape, at its start', async () => {
    const agreements = await database.dataSource.getRepository(FundingAgreement).find();
    const recorded = await history('FundingAgreementRecorded');
    expect(agreements.length).toBeGreaterThan(0);
    expect(recorded.size).toBe(agreements.length);
    for (const agreement of agreements) {
      const row = recorded.get(agreement.id);
      expect(row?.payload).toEqual(fundingAgreementRecorded(agreement));
      expect(row?.amsterdam).toBe(`${agreement.startsOn} 00:00`);
    }
  });

  it('records each seeded allocation as costs, in the live event’s shape, when it was booked', async () => {
    const allocations = await database.dataSource.getRepository(LedgerEntry).findBy({ kind: LedgerEntryKind.ALLOCATION });
    const budgets = new Map((await database.dataSource.getRepository(Budget).find()).map((budget) => [budget.id, budget]));
    const booked = await history('CostsBooked');
    expect(allocations.length).toBeGreaterThan(0);
    expect(booked.size).toBe(allocations.length);
    for (const entry of allocations) {
      const row = booked.get(entry.id);
      expect(row?.payload).toEqual(costsBooked(entry, budgets.get(entry.budgetId ?? '') as Budget));
      expect(row?.occurred_at.getTime()).toBe(entry.occurredAt.getTime());
    }
    const total = allocations.reduce((sum, entry) => sum + Number(entry.amountCents), 0);
    expect([...booked.values()].reduce((sum, row) => sum + row.payload.amountCents, 0)).toBe(total);
  });

  it('records each seeded allowance as a transfer to volunteers, in the live event’s shape, without the person', async () => {
    const granted = await database.dataSource.getRepository(LedgerEntry).findBy({ kind: LedgerEntryKind.ALLOWANCE });
    const budgets = new Map((await database.dataSource.getRepository(Budget).find()).map((budget) => [budget.id, budget]));
    const booked = await history('AllowanceBooked');
    expect(granted.length).toBeGreaterThan(0);
    expect(booked.size).toBe(granted.length);
    for (const entry of granted) {
      const row = booked.get(entry.id);
      expect(row?.payload).toEqual(allowanceBooked(entry, budgets.get(entry.budgetId ?? '') as Budget));
      expect(JSON.stringify(row?.payload)).not.toContain(entry.volunteerId);
    }
  });

  it('is all published already, so live consumers never handle it and only a replay reads it', async () => {
    const [{ unpublished, other }] = await database.dataSource.query(
      `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE type NOT IN ('FundingAgreementRecorded', 'CostsBooked', 'AllowanceBooked'))::int AS other
         FROM event_outbox`,
    );
    expect({ unpublished, other }).toEqual({ unpublished: 0, other: 0 });
  });
});

describe('the demo in a year whose allowance limits nobody entered yet', () => {
  it('copies the latest limits, unconfirmed and saying so, and leaves entered limits alone', async () => {
    const [latest] = await database.dataSource.query('SELECT max(year)::int AS year FROM allowance_rates');
    const later = latest.year + 3;
    await database.dataSource.transaction((manager) => demoRatesFor(manager, later));
    const [copied] = await database.dataSource.query(
      'SELECT monthly_cap_cents AS cap, confirmed, source FROM allowance_rates WHERE year = $1',
      [later],
    );
    const [from] = await database.dataSource.query('SELECT monthly_cap_cents AS cap FROM allowance_rates WHERE year = $1', [latest.year]);
    expect(copied).toEqual({
      cap: from.cap,
      confirmed: false,
      source: `Demo: copied from ${latest.year} until an admin enters the limits of ${later}`,
    });
    const [entered] = await database.dataSource.query('SELECT source FROM allowance_rates WHERE year = 2025');
    await database.dataSource.transaction((manager) => demoRatesFor(manager, 2025));
    expect((await database.dataSource.query('SELECT source FROM allowance_rates WHERE year = 2025'))[0]).toEqual(entered);
  });
});
