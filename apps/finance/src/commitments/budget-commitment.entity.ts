import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BudgetCategory } from '../funding/funding.inputs';

export enum BudgetCommitmentStatus {
  OPEN = 'OPEN',
  EXECUTED = 'EXECUTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BudgetCommitmentStatus, {
  name: 'BudgetCommitmentStatus',
  description: 'Where a budget commitment stands',
  valuesConfig: {
    OPEN: { description: 'Vastgelegd: the money is reserved in the budget, not spent yet' },
    EXECUTED: { description: 'Uitgevoerd: the spending is booked in the ledger' },
    CANCELLED: { description: 'Geannuleerd: the team will not spend it; the reservation is released' },
  },
});

export enum BudgetCommitmentIssue {
  NO_BUDGET = 'NO_BUDGET',
  BUDGET_TOO_SMALL = 'BUDGET_TOO_SMALL',
}
registerEnumType(BudgetCommitmentIssue, {
  name: 'BudgetCommitmentIssue',
  description: 'Why a commitment was not covered by its budget when it was recorded',
  valuesConfig: {
    NO_BUDGET: { description: 'The team had no budget of that category for that year: an admin allocates one first' },
    BUDGET_TOO_SMALL: { description: 'What was left in the budget (after other open commitments) was less than the amount' },
  },
});

/** The proposal a commitment carries out; owned by the teams subgraph, which applies its own visibility. */
@ObjectType('TeamProposal')
@Directive('@key(fields: "id")')
export class TeamProposalReference {
  @Field(() => ID)
  id: string;
}

/**
 * Money a team decided to spend (an accepted proposal), reserved in one of its budgets until its coordinator records the
 * actual spending, which books it in the ledger. Recorded even when the budget cannot cover it, flagged, so the decision
 * is never lost.
 */
@Entity('budget_commitments')
@ObjectType('BudgetCommitment', {
  description: 'Money a team decided together to spend, reserved in its budget until executed; for its coordinators and admins',
})
export class BudgetCommitment {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The budget year: the calendar year of the decision (Europe/Amsterdam)' })
  year: number;

  @Column({ type: 'text' })
  @Field(() => BudgetCategory, { description: 'The budget the money comes from' })
  category: BudgetCategory;

  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId: string | null;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the team decided' })
  decidedAt: Date;

  @Column({ name: 'funding_issue', type: 'text', nullable: true })
  @Field(() => BudgetCommitmentIssue, {
    nullable: true,
    description: 'Set when the budget could not cover the amount as recorded; null when it could',
  })
  fundingIssue: BudgetCommitmentIssue | null;

  @Column({ type: 'text' })
  @Field(() => BudgetCommitmentStatus, { description: 'Open, executed or cancelled' })
  status: BudgetCommitmentStatus;

  @Column({ name: 'executed_cents', type: 'int', nullable: true })
  executedCents: number | null;

  @Column({ name: 'executed_on', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the money was spent; null until executed' })
  executedOn: string | null;

  @Column({ name: 'executed_for', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the money was spent on, as recorded at execution' })
  executedFor: string | null;

  @Column({ name: 'ledger_entry_id', type: 'uuid', nullable: true })
  ledgerEntryId: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless cancelled' })
  cancelReason: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back to execute or cancel; a stale version is refused with CONFLICT' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
