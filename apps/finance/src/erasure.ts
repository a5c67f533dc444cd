import { hasErasureReceipt, recordErasureReceipt } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { OPEN_BALANCE_SQL } from './ledger/payable-balances';

/** An erased payee whose money is settled: no payment the bank has not settled and nothing left payable or owed back. */
const SETTLED_SQL = `NOT EXISTS (SELECT 1 FROM payout_payments x WHERE x.volunteer_id = p.volunteer_id AND x.status IN ('SCHEDULED', 'ACCEPTED')) AND ${OPEN_BALANCE_SQL} = 0`;

/**
 * VolunteerErased: financial records stay seven years (fiscal law) with their amounts and dates, under the volunteer
 * id, which no longer leads to a person. Name, IBAN and birth date go as soon as nothing is pending; until then the
 * payee is marked erased, left out of new batches, and listed for an admin (`erasedPayeesWithOpenMoney`). The audit
 * log holds the receipt: volunteer.erased when wiped, volunteer.erased.pending while money is open (and
 * volunteer.erased once `wipeSettledErasedPayees` wipes it later), each once.
 */
export async function erasePayee(event: { volunteerId: string }, manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO payees (volunteer_id, erased_at) VALUES ($1, now()) ON CONFLICT (volunteer_id) DO UPDATE SET erased_at = coalesce(payees.erased_at, now())`,
    [event.volunteerId],
  );
  await wipeSettledErasedPayees(manager);
  if (await hasErasureReceipt(manager, event.volunteerId, 'volunteer.erased')) return;
  const [{ settled }] = await manager.query(`SELECT ${SETTLED_SQL} AS settled FROM payees p WHERE p.volunteer_id = $1`, [
    event.volunteerId,
  ]);
  await recordErasureReceipt(manager, event.volunteerId, settled ? 'volunteer.erased' : 'volunteer.erased.pending');
}

/**
 * Wipes the personal fields of erased payees with no scheduled payment and nothing left payable, and gives those that
 * were waiting for it (volunteer.erased.pending) their volunteer.erased receipt.
 */
export async function wipeSettledErasedPayees(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE payees p SET holder_name = NULL, iban = NULL, date_of_birth = NULL
      WHERE p.erased_at IS NOT NULL AND (p.holder_name IS NOT NULL OR p.iban IS NOT NULL OR p.date_of_birth IS NOT NULL) AND ${SETTLED_SQL}`,
  );
  const finished: { volunteerId: string }[] = await manager.query(
    `SELECT p.volunteer_id AS "volunteerId" FROM payees p
      WHERE p.erased_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = p.volunteer_id AND a.entity_type = 'Volunteer' AND a.action = 'volunteer.erased.pending')
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = p.volunteer_id AND a.entity_type = 'Volunteer' AND a.action = 'volunteer.erased')
        AND ${SETTLED_SQL}`,
  );
  for (const { volunteerId } of finished) await recordErasureReceipt(manager, volunteerId);
}
