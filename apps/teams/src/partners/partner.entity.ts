import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PartnerKind {
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_INSTITUTION = 'CARE_INSTITUTION',
  WELFARE_ORGANISATION = 'WELFARE_ORGANISATION',
  SCHOOL = 'SCHOOL',
  BUSINESS = 'BUSINESS',
  FUNDER = 'FUNDER',
  OTHER = 'OTHER',
}
registerEnumType(PartnerKind, { name: 'PartnerKind' });

@Entity('partners')
@Authorized()
@ObjectType('Partner', { description: 'An organisation that works with or finances the teams in its neighbourhoods' })
@Directive('@key(fields: "id")')
export class Partner {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text' })
  @Field(() => PartnerKind)
  kind: PartnerKind;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}
