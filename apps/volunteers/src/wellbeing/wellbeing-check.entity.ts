import { LocalDateResolver } from 'graphql-scalars';
import { WellbeingDomain } from '@buurtvolk/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Entity property and column of each domain's score. */
export const DOMAIN_FIELDS = {
  [WellbeingDomain.LANGUAGE]: 'language',
  [WellbeingDomain.SOCIAL_NETWORK]: 'socialNetwork',
  [WellbeingDomain.MEANING]: 'meaning',
  [WellbeingDomain.DAILY_LIFE]: 'dailyLife',
  [WellbeingDomain.HOME_SITUATION]: 'homeSituation',
  [WellbeingDomain.MENTAL_HEALTH]: 'mentalHealth',
  [WellbeingDomain.PHYSICAL_HEALTH]: 'physicalHealth',
  [WellbeingDomain.FINANCIAL_HEALTH]: 'financialHealth',
} as const;

/** A check's columns as the entity's properties, for raw queries over `wellbeing_checks w`. */
export const CHECK_COLUMNS = `w.id, w.volunteer_id AS "volunteerId", w.taken_on::text AS "takenOn", w.language, w.social_network AS "socialNetwork",
  w.meaning, w.daily_life AS "dailyLife", w.home_situation AS "homeSituation", w.mental_health AS "mentalHealth",
  w.physical_health AS "physicalHealth", w.financial_health AS "financialHealth", w.remark`;

export type WellbeingScores = Record<(typeof DOMAIN_FIELDS)[WellbeingDomain], number>;

@Entity('wellbeing_checks')
@ObjectType('WellbeingCheck', { description: 'A self-assessment at intake and then every six months' })
export class WellbeingCheck implements WellbeingScores {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'taken_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day of the check, a date in Europe/Amsterdam' })
  takenOn: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Language, 0 (worst) to 10 (best)' })
  language: number;

  @Column({ name: 'social_network', type: 'smallint' })
  @Field(() => Int, { description: 'Social network, 0 (worst) to 10 (best)' })
  socialNetwork: number;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Meaning, 0 (worst) to 10 (best)' })
  meaning: number;

  @Column({ name: 'daily_life', type: 'smallint' })
  @Field(() => Int, { description: 'Daily life, 0 (worst) to 10 (best)' })
  dailyLife: number;

  @Column({ name: 'home_situation', type: 'smallint' })
  @Field(() => Int, { description: 'Home situation, 0 (worst) to 10 (best)' })
  homeSituation: number;

  @Column({ name: 'mental_health', type: 'smallint' })
  @Field(() => Int, { description: 'Mental health, 0 (worst) to 10 (best)' })
  mentalHealth: number;

  @Column({ name: 'physical_health', type: 'smallint' })
  @Field(() => Int, { description: 'Physical health, 0 (worst) to 10 (best)' })
  physicalHealth: number;

  @Column({ name: 'financial_health', type: 'smallint' })
  @Field(() => Int, { description: 'Financial health, 0 (worst) to 10 (best)' })
  financialHealth: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything the person or coordinator noted; null when nothing was' })
  remark: string | null;
}
