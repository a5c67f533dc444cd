import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;
const MUNICIPALITY_MESSAGE = 'must be a CBS municipality code such as GM0599';
const WIJK_MESSAGE = 'must be a CBS wijk code such as WK059901';

@InputType('CreateNeighbourhoodInput')
export class CreateNeighbourhoodInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field()
  @Length(1, 100)
  city: string;

  @Field()
  @Length(1, 100)
  municipalityName: string;

  @Field()
  @Matches(MUNICIPALITY_CODE, { message: MUNICIPALITY_MESSAGE })
  municipalityCode: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(WIJK_CODE, { message: WIJK_MESSAGE })
  cbsCode?: string | null;

  @Field(() => Int, { description: 'Year of the CBS area classification the codes come from' })
  @IsInt()
  @Min(1995)
  @Max(2100)
  classificationYear: number;
}

@InputType('UpdateNeighbourhoodInput')
export class UpdateNeighbourhoodInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  city?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  municipalityName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: MUNICIPALITY_MESSAGE })
  municipalityCode?: string;

  @Field(() => String, { nullable: true, description: 'Send null to remove the wijk code' })
  @IsOptional()
  @Matches(WIJK_CODE, { message: WIJK_MESSAGE })
  cbsCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1995)
  @Max(2100)
  classificationYear?: number;
}

@ArgsType()
export class NeighbourhoodsArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  city?: string;
}
