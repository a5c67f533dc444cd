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
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of organisation a partner is',
  valuesConfig: {
    MUNICIPALITY: { description: 'A municipality (gemeente)' },
    HOUSING_CORPORATION: { description: 'A housing corporation (woningcorporatie)' },
    CARE_INSTITUTION: { description: 'A care institution (zorginstelling)' },
    WELFARE_ORGANISATION: { description: 'A welfare organisation (welzijnsorganisatie)' },
    SCHOOL: { description: 'A school' },
    BUSINESS: { description: 'A business' },
    FUNDER: { description: 'A fund or other financier' },
    OTHER: { description: 'Any other organisation' },
  },
});

@Entity('partners')
@Authorized()
@ObjectType('Partner', { description: 'An organisation that works with or finances the teams in its neighbourhoods' })
@Directive('@key(fields: "id")')
export class Partner {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column()
  @Field({ description: "The organisation's name" })
  name: string;

  @Column({ type: 'text' })
  @Field(() => PartnerKind, { description: 'What kind of organisation it is' })
  kind: PartnerKind;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on update; a stale version is refused with CONFLICT' })
  version: number;
}
