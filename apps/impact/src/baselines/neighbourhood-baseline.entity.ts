import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * The baseline (nulalternatief) of a neighbourhood: the volunteering hours that would have been given there without the
 * teams. An explicit assumption with its source, because the intake asks no question about earlier volunteering.
 */
@Entity('neighbourhood_baselines')
@ObjectType('NeighbourhoodBaseline', {
  description:
    'Volunteering hours a neighbourhood would have had without the teams (nulalternatief): hours a year or a share of the gross hours, with its source',
})
export class NeighbourhoodBaseline {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Column({ name: 'hours_per_year', type: 'numeric', nullable: true, transformer: numeric })
  @Field(() => Float, { nullable: true, description: 'Hours a year that would have been given anyway; null when a share is set' })
  hoursPerYear: number | null;

  @Column({ name: 'share_percent', type: 'numeric', nullable: true, transformer: numeric })
  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the gross hours that would have been given anyway; null when hours are set',
  })
  sharePercent: number | null;

  @Column({ type: 'text' })
  @Field({ description: 'Where the assumption comes from (study, survey, own count)' })
  source: string;

  @Column({ name: 'source_year', type: 'int' })
  @Field(() => Int, { description: 'The year of the source' })
  sourceYear: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything the admin noted about the assumption; null when nothing was' })
  note: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Goes up with every correction; send it back to correct the baseline' })
  version: number;
}
