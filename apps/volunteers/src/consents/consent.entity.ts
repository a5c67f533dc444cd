import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ConsentPurpose {
  CONTACT = 'CONTACT',
  PHOTOS = 'PHOTOS',
  SHARE_WITH_PARTNERS = 'SHARE_WITH_PARTNERS',
  WELLBEING_MONITOR = 'WELLBEING_MONITOR',
  LONELINESS_SCALE = 'LONELINESS_SCALE',
  PARTICIPATION_OUTCOMES = 'PARTICIPATION_OUTCOMES',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What a person consents to',
  valuesConfig: {
    CONTACT: { description: 'Coordinators may see and use e-mail and phone' },
    PHOTOS: { description: 'Photos of the person may be used' },
    SHARE_WITH_PARTNERS: { description: 'May be named to partner organisations' },
    WELLBEING_MONITOR: { description: 'Wellbeing checks are recorded and counted in (anonymous) figures' },
    LONELINESS_SCALE: { description: 'Loneliness checks (De Jong Gierveld scale) are recorded and counted in (anonymous) figures' },
    PARTICIPATION_OUTCOMES: {
      description: 'A move into paid work, education or a training path is recorded and counted in (anonymous) figures',
    },
  },
});

@Entity('consents')
@ObjectType('Consent', { description: 'Consent a person gave for one purpose, with when it was given and withdrawn' })
export class Consent {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  @Field(() => ConsentPurpose, { description: 'What the consent is for' })
  purpose: ConsentPurpose;

  @Column({ name: 'given_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day it was given, a date in Europe/Amsterdam' })
  givenOn: string;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it was withdrawn; null while it holds' })
  withdrawnOn: string | null;
}
