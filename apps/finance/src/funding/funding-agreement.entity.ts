import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Money a funder commits for teams or neighbourhoods, against an agreed social return. */
@Entity('funding_agreements')
@ObjectType('FundingAgreement', { description: 'Money a funder commits for teams or neighbourhoods, against an agreed social return' })
@Directive('@key(fields: "id")')
export class FundingAgreement {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column()
  @Field({ description: 'The agreement’s name' })
  title: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The first day of the period, a date in Europe/Amsterdam' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The last day of the period, a date in Europe/Amsterdam' })
  endsOn: string;

  @Column({ name: 'team_ids', type: 'uuid', array: true })
  teamIds: string[];

  @Column({ name: 'neighbourhood_ids', type: 'uuid', array: true })
  neighbourhoodIds: string[];

  @Column({ name: 'social_return_cents_per_euro', type: 'int' })
  @Field(() => Int, { description: 'Agreed social return in cents per euro, e.g. 190 for "€1.90 back per €1"' })
  socialReturnCentsPerEuro: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The agreement’s version, 1 when created' })
  version: number;
}

@Entity('budgets')
export class Budget {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  category: string;
}
