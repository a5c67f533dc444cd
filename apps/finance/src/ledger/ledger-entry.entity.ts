import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum LedgerEntryKind {
  ALLOCATION = 'ALLOCATION',
  ALLOWANCE = 'ALLOWANCE',
  EXPENSE = 'EXPENSE',
  PAYOUT = 'PAYOUT',
  REVERSAL = 'REVERSAL',
  /** Money a volunteer owed back (e.g. for hours whose approval was revoked after the payout), forgiven by an admin. */
  WRITE_OFF = 'WRITE_OFF',
  /** What a funder owes for an invoiced instalment of a funding agreement. */
  INVOICE = 'INVOICE',
  /** A funder's payment of an invoice, received on the foundation's account. */
  FUNDS_RECEIVED = 'FUNDS_RECEIVED',
}
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });

/** One movement of money from one account to another; never changed, corrected by a reversing entry. */
@Entity('ledger_entries')
@ObjectType('LedgerEntry')
export class LedgerEntry {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  occurredAt: Date;

  @Column({ type: 'text' })
  @Field(() => LedgerEntryKind)
  kind: LedgerEntryKind;

  @Column({ name: 'from_account' })
  @Field({ description: 'e.g. agreement:<id>, budget:<id>, payable:<volunteer id>, bank' })
  fromAccount: string;

  @Column({ name: 'to_account' })
  @Field()
  toAccount: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId: string | null;

  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId: string | null;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ name: 'reverses_entry_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  reversesEntryId: string | null;

  @Column()
  @Field()
  description: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;
}

@ObjectType('LedgerCheck', { description: 'Proof that the books add up' })
export class LedgerCheck {
  @Field({ description: 'Every account balance summed is zero, no budget is overspent and no agreement over-allocated' })
  balanced: boolean;

  @Field(() => Int)
  entries: number;

  @Field(() => Int)
  accounts: number;

  @Field(() => [String])
  problems: string[];
}
