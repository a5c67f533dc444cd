import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
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
export class UpdatePartnerInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

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
