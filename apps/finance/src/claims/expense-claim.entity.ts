import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum ClaimStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  SCHEDULED = 'SCHEDULED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  INCOMPLETE = 'INCOMPLETE',
}
registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'Where an expense claim is: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE',
  valuesConfig: {
    DRAFT: { description: 'Drafted, not yet submitted' },
    SUBMITTED: { description: 'Waiting for a decision by a coordinator of the team or an admin' },
    APPROVED: { description: 'Approved and booked; waiting for a payout batch' },
    SCHEDULED: { description: 'In a payout batch, not yet paid' },
    PAID: { description: 'Paid to the claimant' },
    REJECTED: { description: 'Refused, with the reason; final' },
    INCOMPLETE: { description: 'Sent back with the reason; the claimant may submit it again' },
  },
});

export enum ExpenseCategory {
  TRAVEL = 'TRAVEL',
  MATERIALS = 'MATERIALS',
  FOOD = 'FOOD',
  OTHER = 'OTHER',
}
registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'What an expense was for',
  valuesConfig: {
    TRAVEL: { description: 'Travel costs' },
    MATERIALS: { description: 'Materials and supplies' },
    FOOD: { description: 'Food and drink' },
    OTHER: { description: 'Anything else' },
  },
});

/** Whose expense an item is; the rule and its source are in claim-item-kinds.ts. */
export enum ClaimItemKind {
  OWN_COSTS = 'OWN_COSTS',
  ADVANCE_FOR_FOUNDATION = 'ADVANCE_FOR_FOUNDATION',
}
registerEnumType(ClaimItemKind, {
  name: 'ClaimItemKind',
  description: "The volunteer's own costs (count towards the allowance caps) or an advance for the foundation (never counts)",
  valuesConfig: {
    OWN_COSTS: { description: 'The volunteer’s own costs; they count towards the allowance caps in the month they were made' },
    ADVANCE_FOR_FOUNDATION: { description: 'Money the volunteer advanced for the foundation; never counts towards the caps' },
  },
});

/** A reimbursement of proven costs: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE. */
@Entity('expense_claims')
@ObjectType('ExpenseClaim', {
  description: 'A reimbursement of proven costs: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE',
})
export class ExpenseClaim {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  @Field(() => ClaimStatus, { description: 'Where the claim is' })
  status: ClaimStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the costs were for, in the claimant’s words' })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was rejected or sent back' })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the claim was drafted' })
  createdAt: Date;

  @Column({ name: 'ledger_entry_id', type: 'uuid', nullable: true })
  ledgerEntryId: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on submit or decision; a stale version is refused with CONFLICT' })
  version: number;
}

@Entity('expense_claim_items')
@ObjectType('ExpenseClaimItem', { description: 'One cost of a claim, with its receipt' })
export class ExpenseClaimItem {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @Column({ type: 'text' })
  @Field(() => ExpenseCategory, { description: 'What it was for' })
  category: ExpenseCategory;

  @Column({ type: 'text' })
  @Field(() => ClaimItemKind, {
    description: 'Own costs count towards the allowance caps in the month they were made; an advance for the foundation never does',
  })
  kind: ClaimItemKind;

  @Column({ name: 'spent_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day it was spent, a date in Europe/Amsterdam' })
  spentOn: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ name: 'receipt_ref' })
  @Field({ description: 'Where the receipt file is kept' })
  receiptRef: string;

  @Column({ name: 'receipt_sha256' })
  @Field({ description: 'SHA-256 of the receipt file, so a changed receipt is noticed' })
  receiptSha256: string;
}
