import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the cost-benefit summary can put a price on; each has one price per price year. */
export enum ShadowPriceItem {
  INFORMAL_HELP_HOUR = 'INFORMAL_HELP_HOUR',
  TRAINING_CERTIFICATE = 'TRAINING_CERTIFICATE',
  RESIDENT_REACHED = 'RESIDENT_REACHED',
  WELLBEING_POINT = 'WELLBEING_POINT',
  COHESION_POINT = 'COHESION_POINT',
  PARTICIPATION_MOVE = 'PARTICIPATION_MOVE',
  LONELINESS_REDUCED = 'LONELINESS_REDUCED',
  INFORMAL_CARE_RESIDENT = 'INFORMAL_CARE_RESIDENT',
}
registerEnumType(ShadowPriceItem, {
  name: 'ShadowPriceItem',
  description: 'What the cost-benefit summary can put a price on; each has one price per price year',
  valuesConfig: {
    INFORMAL_HELP_HOUR: { description: 'Uur informele hulp / an hour of informal help' },
    TRAINING_CERTIFICATE: { description: 'Behaald certificaat / a certificate earned' },
    RESIDENT_REACHED: { description: 'Bereikte bewoner / a resident reached by an activity' },
    WELLBEING_POINT: { description: 'Punt welzijnsverbetering per deelnemer / one point of wellbeing gained by a participant' },
    COHESION_POINT: { description: 'Punt sociale cohesie in de buurt / one point on the neighbourhood cohesion scale' },
    PARTICIPATION_MOVE: {
      description: 'Deelnemer naar betaald werk, opleiding of traject / a participant moving into paid work, education or a training path',
    },
    LONELINESS_REDUCED: {
      description: 'Deelnemer niet langer eenzaam (De Jong Gierveld) / a participant no longer lonely on the De Jong Gierveld scale',
    },
    INFORMAL_CARE_RESIDENT: {
      description: 'Bewoner geholpen door informele zorg / a resident helped by an informal-care activity (head count)',
    },
  },
});

/** A shadow price (maatschappelijke prijs) of one item at the price level of one year. */
@Entity('shadow_prices')
@ObjectType('ShadowPrice', {
  description: 'A price for an effect that has no market price, with its source; empty where no figure is published',
})
export class ShadowPrice {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'price_year', type: 'int' })
  @Field(() => Int, { description: 'The year whose price level the figures are in' })
  priceYear: number;

  @Column({ type: 'text' })
  @Field(() => ShadowPriceItem, { description: 'What it is the price of' })
  item: ShadowPriceItem;

  @Column({ type: 'text' })
  @Field({ description: 'What one unit is, e.g. "hour"' })
  unit: string;

  @Column({ name: 'value_cents', type: 'int', nullable: true })
  valueCents: number | null;

  @Column({ name: 'low_cents', type: 'int', nullable: true })
  lowCents: number | null;

  @Column({ name: 'high_cents', type: 'int', nullable: true })
  highCents: number | null;

  @Column({ type: 'text' })
  @Field({ description: 'Where the figure comes from (publication, year, table)' })
  source: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A remark on the figure or its use; null when there is none' })
  note: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back when changing the price; a stale version is refused with CONFLICT' })
  version: number;
}
