import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AllowanceBooked, type CostsBooked, type FundingAgreementRecorded, recordEvent } from '@buurtvolk/events';
import type { EntityManager } from 'typeorm';
import { type LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { Budget, type FundingAgreement } from './funding-agreement.entity';

/** The `source` of finance's events; a consumer replaying history reads them from finance's own outbox. */
export const FINANCE_SOURCE = 'finance';

export function fundingAgreementRecorded(agreement: FundingAgreement): FundingAgreementRecorded {
  return {
    agreementId: agreement.id,
    partnerId: agreement.partnerId,
    title: agreement.title,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    teamIds: agreement.teamIds,
    neighbourhoodIds: agreement.neighbourhoodIds,
    // bigint columns come back as strings; the amounts of an agreement fit a JSON number with room to spare.
    amountCents: Number(agreement.amountCents),
    socialReturnCentsPerEuro: agreement.socialReturnCentsPerEuro,
    version: agreement.version,
  };
}

/** For an ALLOCATION entry or the REVERSAL of one (which copies the allocation's agreement and budget). */
export function costsBooked(entry: LedgerEntry, budget: Budget): CostsBooked {
  if (!entry.agreementId) throw new Error(`Ledger entry ${entry.id} names no agreement, so it books no costs`);
  const cents = Number(entry.amountCents);
  return {
    entryId: entry.id,
    agreementId: entry.agreementId,
    teamId: budget.teamId,
    budgetId: budget.id,
    category: budget.category,
    year: budget.year,
    amountCents: entry.kind === LedgerEntryKind.REVERSAL ? -cents : cents,
    bookedOn: todayInAmsterdam(entry.occurredAt),
  };
}

/** In the transaction that wrote the agreement, so the event commits or rolls back with it. */
export function recordFundingAgreement(manager: EntityManager, agreement: FundingAgreement) {
  return recordEvent(manager, FINANCE_SOURCE, 'FundingAgreementRecorded', fundingAgreementRecorded(agreement));
}

/**
 * For every ALLOWANCE entry and every reversal of one (budget → payable, and back), in the transaction that booked it;
 * other entries publish nothing here.
 */
export async function recordAllowanceBooked(manager: EntityManager, entry: LedgerEntry): Promise<void> {
  const granted = entry.kind === LedgerEntryKind.ALLOWANCE;
  const takenBack =
    entry.kind === LedgerEntryKind.REVERSAL && entry.fromAccount.startsWith('payable:') && entry.toAccount.startsWith('budget:');
  if ((!granted && !takenBack) || !entry.budgetId) return;
  const budget = await manager.findOneBy(Budget, { id: entry.budgetId });
  if (!budget) return;
  await recordEvent(manager, FINANCE_SOURCE, 'AllowanceBooked', allowanceBooked(entry, budget));
}

/** For an ALLOWANCE entry (positive) or the reversal of one (negative). */
export function allowanceBooked(entry: LedgerEntry, budget: Pick<Budget, 'id' | 'teamId' | 'year'>): AllowanceBooked {
  const cents = Number(entry.amountCents);
  return {
    entryId: entry.id,
    teamId: budget.teamId,
    budgetId: budget.id,
    year: budget.year,
    amountCents: entry.kind === LedgerEntryKind.REVERSAL ? -cents : cents,
    bookedOn: todayInAmsterdam(entry.occurredAt),
  };
}

/** In the transaction that booked the entry, so the event commits or rolls back with it. */
export function recordCostsBooked(manager: EntityManager, entry: LedgerEntry, budget: Budget) {
  return recordEvent(manager, FINANCE_SOURCE, 'CostsBooked', costsBooked(entry, budget));
}
