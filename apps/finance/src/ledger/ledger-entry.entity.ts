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
registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: 'What kind of movement a ledger entry is',
  valuesConfig: {
    ALLOCATION: { description: 'Money from a funding agreement into a team’s budget' },
    ALLOWANCE: { description: 'A volunteer allowance, from a team’s ALLOWANCES budget to what is payable to the volunteer' },
    EXPENSE: { description: 'An approved expense claim, from a team’s budget to what is payable to the volunteer' },
    PAYOUT: { description: 'A payment to a volunteer in a payout batch, on its way to the bank' },
    REVERSAL: { description: 'The mirror image of an earlier entry, correcting it' },
    WRITE_OFF: { description: 'Money a volunteer owed back, forgiven by an admin' },
    INVOICE: { description: 'What a funder owes for an invoiced instalment of a funding agreement' },
    FUNDS_RECEIVED: { description: 'A funder’s payment of an invoice, received on the foundation’s account' },
  },
});

/** One movement of money from one account to another; never changed, corrected by a reversing entry. */
@Entity('ledger_entries')
@ObjectType('LedgerEntry', {
  description: 'One movement of money from one account to another; never changed, corrected by a reversing entry',
})
export class LedgerEntry {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When it was booked' })
  occurredAt: Date;

  @Column({ type: 'text' })
  @Field(() => LedgerEntryKind, { description: 'What kind of movement it is' })
  kind: LedgerEntryKind;

  @Column({ name: 'from_account' })
  @Field({ description: 'e.g. agreement:<id>, budget:<id>, payable:<volunteer id>, bank' })
  fromAccount: string;

  @Column({ name: 'to_account' })
  @Field({ description: 'The account the money goes to, in the form of fromAccount' })
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
  @Field(() => ID, { nullable: true, description: 'The entry this one reverses; null when it is no reversal' })
  reversesEntryId: string | null;

  @Column()
  @Field({ description: 'What the movement is for' })
  description: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;
}

@ObjectType('LedgerCheck', { description: 'Proof that the books add up' })
export class LedgerCheck {
  @Field({ description: 'Every account balance summed is zero, no budget is overspent and no agreement over-allocated' })
  balanced: boolean;

  @Field(() => Int, { description: 'How many entries were checked' })
  entries: number;

  @Field(() => Int, { description: 'How many accounts have movements' })
  accounts: number;

  @Field(() => [String], { description: 'What does not add up, in English; empty when balanced' })
  problems: string[];
}
