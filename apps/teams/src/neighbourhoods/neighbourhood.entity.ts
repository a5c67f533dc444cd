import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('neighbourhoods')
@ObjectType('Neighbourhood', { description: 'A neighbourhood (wijk) where a team works and its members live' })
@Directive('@key(fields: "id")')
export class Neighbourhood {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column()
  @Field({ description: "The neighbourhood's name, e.g. Feijenoord" })
  name: string;

  @Column()
  @Field({ description: 'The city or village it lies in, e.g. Rotterdam' })
  city: string;

  @Column({ name: 'municipality_name' })
  @Authorized()
  @Field({ description: 'The municipality it belongs to (gemeente), e.g. Rotterdam' })
  municipalityName: string;

  @Column({ name: 'municipality_code' })
  @Authorized()
  @Field({ description: 'CBS municipality code, e.g. GM0599 for Rotterdam' })
  municipalityCode: string;

  @Column({ name: 'cbs_code', type: 'text', nullable: true })
  @Authorized()
  @Field(() => String, { nullable: true, description: 'CBS wijk code, e.g. WK059901, when the neighbourhood matches one wijk' })
  cbsCode: string | null;

  @Column({ name: 'classification_year', type: 'int' })
  @Authorized()
  @Field(() => Int, { description: 'Year of the CBS area classification the codes come from (codes change with mergers)' })
  classificationYear: number;

  @Column({ type: 'int' })
  @Authorized()
  @Field(() => Int, { description: 'Send this back on update; a stale version is refused with CONFLICT' })
  version: number;
}
