import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import type { EntityManager } from 'typeorm';
import { type LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { Budget, FundingAgreement } from './funding-agreement.entity';

/** The `source` of finance's events; a consumer replaying history reads them from finance's own outbox. */
export const FINANCE_SOURCE = 'finance';

/**
 * An agreement as it stands after a write. Every path that writes `funding_agreements` records one (today: creating,
 * and the demo seed); a future change records the row's new version, and consumers keep the highest.
 */
export interface FundingAgreementRecorded {
  agreementId: string;
  partnerId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  teamIds: string[];
  neighbourhoodIds: string[];
  amountCents: number;
  socialReturnCentsPerEuro: number;
  version: number;
}

/**
 * Money an agreement pays for: an allocation to a team budget, or (negative) its reversal. Allowances, expenses and
 * payouts are spent out of allocated budgets, so they are not costs of their own and publish nothing.
 */
export interface CostsBooked {
  entryId: string;
  agreementId: string;
  teamId: string;
  budgetId: string;
  category: string;
  year: number;
  amountCents: number;
  /** Europe/Amsterdam date of the ledger entry. */
  bookedOn: string;
}

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

/** In the transaction that booked the entry, so the event commits or rolls back with it. */
export function recordCostsBooked(manager: EntityManager, entry: LedgerEntry, budget: Budget) {
  return recordEvent(manager, FINANCE_SOURCE, 'CostsBooked', costsBooked(entry, budget));
}
