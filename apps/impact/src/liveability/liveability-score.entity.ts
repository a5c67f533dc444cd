import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * A neighbourhood's Leefbaarometer score in one edition, imported by an admin with its source. Context for a report,
 * never an effect of the teams: liveability moves with housing, policy and who moves in and out.
 */
@Entity('liveability_scores')
@ObjectType('LiveabilityScore', {
  description: 'The Leefbaarometer score of a neighbourhood in one edition, with its source; context, never claimed as a team’s effect',
})
export class LiveabilityScore {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Column({ name: 'area_code', type: 'text' })
  @Field({ description: 'The CBS area code the score is published for (WK… or BU…), as the edition spells it' })
  areaCode: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The edition (year) of the Leefbaarometer the score is from' })
  edition: number;

  @Column({ type: 'numeric', transformer: numeric })
  @Field(() => Float, {
    description: 'The overall score as published in that edition (scales differ between editions; compare within one)',
  })
  score: number;

  @Column({ name: 'score_class', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'The published class, 1 (zeer onvoldoende / very insufficient) to 9 (uitstekend / excellent); null when not given',
  })
  scoreClass: number | null;

  @Column({ type: 'text' })
  @Field({ description: 'Where the score comes from, e.g. "Leefbaarometer 3.0, BZK, editie 2022"' })
  source: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything the admin noted; null when nothing was' })
  note: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Goes up with every correction; send it back to correct the score' })
  version: number;
}
