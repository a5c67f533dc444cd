import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PartnerKind } from './partner.entity';

@InputType('CreatePartnerInput', { description: 'A new partner organisation (admins only)' })
export class CreatePartnerInput {
  @Field({ description: "The organisation's name, 1 to 150 characters" })
  @Length(1, 150)
  name: string;

  @Field(() => PartnerKind, { description: 'What kind of organisation it is' })
  @IsEnum(PartnerKind)
  kind: PartnerKind;

  @Field(() => [ID], { description: 'The neighbourhoods this organisation serves' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  neighbourhoodIds: string[];
}

@InputType('UpdatePartnerInput', { description: 'Changes to a partner; fields left out stay as they are' })
export class UpdatePartnerInput extends VersionedInput {
  @Field({ nullable: true, description: 'New name' })
  @IsOptional()
  @Length(1, 150)
  name?: string;

  @Field(() => PartnerKind, { nullable: true, description: 'New kind' })
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;

  @Field(() => [ID], { nullable: true, description: 'Replaces the neighbourhoods this organisation serves' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  neighbourhoodIds?: string[];
}

@ArgsType()
export class PartnersArgs {
  @Field(() => PartnerKind, { nullable: true, description: 'Only partners of this kind' })
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;
}
