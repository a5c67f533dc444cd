import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;
const MUNICIPALITY_MESSAGE = 'must be a CBS municipality code such as GM0599';
const WIJK_MESSAGE = 'must be a CBS wijk code such as WK059901';

@InputType('CreateNeighbourhoodInput', { description: 'A new neighbourhood (admins only)' })
export class CreateNeighbourhoodInput {
  @Field({ description: "The neighbourhood's name, 1 to 100 characters" })
  @Length(1, 100)
  name: string;

  @Field({ description: 'The city or village, 1 to 100 characters' })
  @Length(1, 100)
  city: string;

  @Field({ description: "The municipality's name, 1 to 100 characters" })
  @Length(1, 100)
  municipalityName: string;

  @Field({ description: 'CBS municipality code: GM and 4 digits, e.g. GM0599' })
  @Matches(MUNICIPALITY_CODE, { message: MUNICIPALITY_MESSAGE })
  municipalityCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'CBS wijk code (WK, 4 digits, 2 characters) when the neighbourhood matches one wijk',
  })
  @IsOptional()
  @Matches(WIJK_CODE, { message: WIJK_MESSAGE })
  cbsCode?: string | null;

  @Field(() => Int, { description: 'Year of the CBS area classification the codes come from' })
  @IsInt()
  @Min(1995)
  @Max(2100)
  classificationYear: number;
}

@InputType('UpdateNeighbourhoodInput', { description: 'Changes to a neighbourhood; fields left out stay as they are' })
export class UpdateNeighbourhoodInput extends VersionedInput {
  @Field({ nullable: true, description: 'New name' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'New city or village' })
  @IsOptional()
  @Length(1, 100)
  city?: string;

  @Field({ nullable: true, description: 'New municipality name' })
  @IsOptional()
  @Length(1, 100)
  municipalityName?: string;

  @Field({ nullable: true, description: 'New CBS municipality code (GM and 4 digits), e.g. after a municipal merger' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: MUNICIPALITY_MESSAGE })
  municipalityCode?: string;

  @Field(() => String, { nullable: true, description: 'Send null to remove the wijk code' })
  @IsOptional()
  @Matches(WIJK_CODE, { message: WIJK_MESSAGE })
  cbsCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the CBS area classification the new codes come from' })
  @IsOptional()
  @IsInt()
  @Min(1995)
  @Max(2100)
  classificationYear?: number;
}

@ArgsType()
export class NeighbourhoodsArgs {
  @Field(() => String, { nullable: true, description: 'Only neighbourhoods in this city' })
  @IsOptional()
  @Length(1, 100)
  city?: string;
}
