import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver } from 'graphql-scalars';
import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Where an activity stands',
  valuesConfig: {
    PLANNED: { description: 'In the agenda; can still change or be cancelled' },
    DONE: { description: 'Took place and was marked done' },
    CANCELLED: { description: 'Called off; stays in the agenda' },
  },
});

@Entity('activities')
@ObjectType('Activity', {
  description: 'Something a team does on one of the six themes; an occurrence of a series can be changed on its own',
})
@Directive('@key(fields: "id")')
@Authorized()
export class Activity {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The series this is an occurrence of' })
  seriesId: string | null;

  @Column({ type: 'text' })
  @Field(() => Theme, { description: 'The theme the activity works on' })
  theme: Theme;

  @Column()
  @Field({ description: "Short title as shown in the team's agenda" })
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What will happen; null when none was written' })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it takes place; null when not known yet' })
  location: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the activity starts' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the activity ends, after startsAt' })
  endsAt: Date;

  @Column({ type: 'text' })
  @Field(() => ActivityStatus, { description: 'Planned, done or cancelled' })
  status: ActivityStatus;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Empty: no limit' })
  capacity: number | null;

  @Column({ name: 'residents_reached', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Entered when the activity is done' })
  residentsReached: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What came of it, written when it was marked done; null before or when nothing was written',
  })
  result: string | null;

  @Column({ name: 'organiser_ids', type: 'uuid', array: true })
  organiserIds: string[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on change, cancel or complete; a stale version is refused with CONFLICT' })
  version: number;
}
