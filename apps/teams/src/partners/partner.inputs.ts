import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PartnerKind } from './partner.entity';

@InputType('CreatePartnerInput')
export class CreatePartnerInput {
  @Field()
  @Length(1, 150)
  name: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind)
  kind: PartnerKind;

  @Field(() => [ID], { description: 'The neighbourhoods this organisation serves' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  neighbourhoodIds: string[];
}

@InputType('UpdatePartnerInput')
export class UpdatePartnerInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 150)
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
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
  @Field(() => PartnerKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;
}
