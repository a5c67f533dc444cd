import type { EntityManager } from 'typeorm';
import { OPEN_BALANCE_SQL } from './ledger/payable-balances';

/**
 * VolunteerErased: financial records stay seven years (fiscal law) with their amounts and dates, under the volunteer
 * id, which no longer leads to a person. Name, IBAN and birth date go as soon as nothing is pending; until then the
 * payee is marked erased, left out of new batches, and listed for an admin (`erasedPayeesWithOpenMoney`).
 */
export async function erasePayee(event: { volunteerId: string }, manager: EntityManager): Promise<void> {
  await manager.query(`INSERT INTO payees (volunteer_id, erased_at) VALUES ($1, now()) ON CONFLICT (volunteer_id) DO UPDATE SET erased_at = coalesce(payees.erased_at, now())`, [event.volunteerId]);
  await wipeSettledErasedPayees(manager);
}

/** Wipes the personal fields of erased payees with no scheduled payment and nothing left payable. */
export async function wipeSettledErasedPayees(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE payees p SET holder_name = NULL, iban = NULL, date_of_birth = NULL
      WHERE p.erased_at IS NOT NULL AND (p.holder_name IS NOT NULL OR p.iban IS NOT NULL OR p.date_of_birth IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM payout_payments x WHERE x.volunteer_id = p.volunteer_id AND x.status = 'SCHEDULED')
        AND ${OPEN_BALANCE_SQL} = 0`,
  );
}
