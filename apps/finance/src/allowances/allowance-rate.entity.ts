import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The fiscal limits of the volunteer allowance for one calendar year. */
@Entity('allowance_rates')
@ObjectType('AllowanceRate', { description: 'The fiscal limits of the volunteer allowance for one calendar year' })
export class AllowanceRate {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'The calendar year the limits apply to' })
  year: number;

  @Column({ name: 'hourly_21_plus_cents', type: 'int' })
  hourly21PlusCents: number;

  @Column({ name: 'hourly_under_21_cents', type: 'int' })
  hourlyUnder21Cents: number;

  @Column({ name: 'monthly_cap_cents', type: 'int' })
  monthlyCapCents: number;

  @Column({ name: 'yearly_cap_cents', type: 'int' })
  yearlyCapCents: number;

  @Column()
  @Field({ description: 'Checked against the Belastingdienst; false: announced, to be confirmed' })
  confirmed: boolean;

  @Column()
  @Field({ description: 'Where the limits come from, e.g. the Belastingdienst’s announcement' })
  source: string;

  @Column({ name: 'unconfirmed_payments_allowed_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When an admin allowed paying allowances under these limits before they are confirmed',
  })
  unconfirmedPaymentsAllowedAt: Date | null;

  @Column({ name: 'unconfirmed_payments_allowed_by', type: 'text', nullable: true })
  unconfirmedPaymentsAllowedBy: string | null;

  /** Allowances of the year may be paid: the limits are confirmed, or an admin explicitly allowed paying under them. */
  get payable(): boolean {
    return this.confirmed || this.unconfirmedPaymentsAllowedAt !== null;
  }

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on correction; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => MoneyType, { description: 'The most per hour for a volunteer of 21 and over' })
  get hourly21Plus(): MoneyType {
    return euros(this.hourly21PlusCents);
  }

  @Field(() => MoneyType, { description: 'The most per hour for a volunteer under 21' })
  get hourlyUnder21(): MoneyType {
    return euros(this.hourlyUnder21Cents);
  }

  @Field(() => MoneyType, { description: 'The most a volunteer may receive in a calendar month' })
  get monthlyCap(): MoneyType {
    return euros(this.monthlyCapCents);
  }

  @Field(() => MoneyType, { description: 'The most a volunteer may receive in the calendar year' })
  get yearlyCap(): MoneyType {
    return euros(this.yearlyCapCents);
  }
}
