import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A professional coach is staff of the foundation or a partner, not a resident: not a Volunteer, so never a member,
 * never counted, never in the other services' directories and never given a team member's rights.
 */
@Entity('team_coaches')
@Authorized()
@ObjectType('TeamCoach', {
  description: 'A professional who coaches a team for a period; not a member of the team (not counted, no rights in it)',
})
export class TeamCoach {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The coach's name; empty only for a coach recorded before names were kept (then a COACH membership)",
  })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The organisation the coach works for; empty only for a coach recorded before names were kept',
  })
  organisation: string | null;

  @Column({ name: 'from_date', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day of coaching the team' })
  from: string;

  @Column({ name: 'until_date', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day; empty while the coaching lasts' })
  until: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back with endTeamCoach; a stale version is refused with CONFLICT' })
  version: number;
}
