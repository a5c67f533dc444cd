import { type AuditTrail, conflict } from '@buurtvolk/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { wipeSettledErasedPayees } from '../erasure';
import { book } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { OPEN_BALANCE_SQL, PAYABLE_BALANCES_SQL } from '../ledger/payable-balances';
import type { FinancePolicy } from '../policy';

/** Where forgiven money goes: the foundation's loss, visible in the ledger like any other account. */
const WRITE_OFFS = 'write-offs';

export interface Receivable {
  volunteerId: string;
  owedCents: number;
}

/**
 * Money a volunteer owes back: a payable balance below zero, as when hours already paid out have their approval
 * revoked. It is offset against their next payments (a batch pays only a positive balance), or written off by an
 * admin; until then the payee's name and IBAN are kept, also after an erasure, since the money is still open.
 */
export class ReceivableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<Receivable[]> {
    this.policy.assertMakesPayouts();
    const rows: { volunteerId: string; balance: string }[] = await this.dataSource.query(
      `SELECT volunteer_id AS "volunteerId", balance FROM (${PAYABLE_BALANCES_SQL}) b WHERE balance < 0 ORDER BY balance, volunteer_id`,
    );
    return rows.map((row) => ({ volunteerId: row.volunteerId, owedCents: -Number(row.balance) }));
  }

  async writeOff(volunteerId: string, reason: string, idempotencyKey: string): Promise<LedgerEntry> {
    this.policy.assertCanWriteOff(volunteerId);
    const { entryId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'writeOffReceivable', key: idempotencyKey },
      async (manager) => {
        // The same lock as a payout batch: what is owed cannot change while it is written off.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 5))', ['payout-batch']);
        const owed = -(await payableBalance(manager, volunteerId));
        if (owed <= 0) throw conflict('This person owes nothing');
        const entry = await book(manager, {
          kind: LedgerEntryKind.WRITE_OFF,
          fromAccount: WRITE_OFFS,
          toAccount: `payable:${volunteerId}`,
          amountCents: owed,
          volunteerId,
          description: `Written off: ${reason.trim()}`,
        });
        await this.audit.record(manager, {
          action: 'receivable.written-off',
          entityType: 'LedgerEntry',
          entityId: entry.id,
          relatedIds: [volunteerId],
        });
        await wipeSettledErasedPayees(manager);
        return { entryId: entry.id };
      },
    );
    return this.dataSource.getRepository(LedgerEntry).findOneByOrFail({ id: entryId });
  }
}

async function payableBalance(manager: EntityManager, volunteerId: string): Promise<number> {
  const [{ balance }] = await manager.query(`SELECT ${OPEN_BALANCE_SQL} AS balance FROM (SELECT $1::uuid AS volunteer_id) p`, [
    volunteerId,
  ]);
  return Number(balance);
}
