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
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

export enum ExpenseCategory {
  TRAVEL = 'TRAVEL',
  MATERIALS = 'MATERIALS',
  FOOD = 'FOOD',
  OTHER = 'OTHER',
}
registerEnumType(ExpenseCategory, { name: 'ExpenseCategory' });

/** Whose expense an item is; the rule and its source are in claim-item-kinds.ts. */
export enum ClaimItemKind {
  OWN_COSTS = 'OWN_COSTS',
  ADVANCE_FOR_FOUNDATION = 'ADVANCE_FOR_FOUNDATION',
}
registerEnumType(ClaimItemKind, {
  name: 'ClaimItemKind',
  description: "The volunteer's own costs (count towards the allowance caps) or an advance for the foundation (never counts)",
});

/** A reimbursement of proven costs: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE. */
@Entity('expense_claims')
@ObjectType('ExpenseClaim')
export class ExpenseClaim {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  @Field(() => ClaimStatus)
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
  @Field(() => Int)
  version: number;
}

@Entity('expense_claim_items')
@ObjectType('ExpenseClaimItem')
export class ExpenseClaimItem {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @Column({ type: 'text' })
  @Field(() => ExpenseCategory)
  category: ExpenseCategory;

  @Column({ type: 'text' })
  @Field(() => ClaimItemKind, {
    description: 'Own costs count towards the allowance caps in the month they were made; an advance for the foundation never does',
  })
  kind: ClaimItemKind;

  @Column({ name: 'spent_on', type: 'date' })
  @Field(() => LocalDateResolver)
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
