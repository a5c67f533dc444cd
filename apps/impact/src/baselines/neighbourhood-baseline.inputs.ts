import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('SetNeighbourhoodBaselineInput', {
  description:
    'A neighbourhood’s baseline: exactly one of hoursPerYear and sharePercent, with its source (send the version you read to correct it)',
})
export class SetNeighbourhoodBaselineInput {
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => Float, { nullable: true, description: 'Volunteering hours a year that would have been given anyway' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  hoursPerYear?: number;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of the gross hours that would have been given anyway' })
  @IsOptional()
  @Min(0)
  @Max(100)
  sharePercent?: number;

  @Field({ description: 'Where the assumption comes from, e.g. "CBS Vrijwilligerswerk 2023, wijk Feijenoord"' })
  @Length(1, 500)
  source: string;

  @Field(() => Int, { description: 'The year of the source' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  sourceYear: number;

  @Field(() => String, { nullable: true, description: 'A note about the assumption (at most 1000 characters)' })
  @IsOptional()
  @Length(0, 1000)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; required when correcting a recorded baseline' })
  @IsOptional()
  @Min(1)
  version?: number;
}
