import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('RecordLiveabilityScoreInput', {
  description: 'A neighbourhood’s Leefbaarometer score in one edition with its source (send the version you read to correct it)',
})
export class RecordLiveabilityScoreInput {
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  @IsUUID()
  neighbourhoodId: string;

  @Field({ description: 'The CBS wijk or buurt code the score is published for, e.g. "WK059912"' })
  @Matches(/^(WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{2}[0-9A-Z]{2})$/)
  areaCode: string;

  @Field(() => Int, { description: 'The edition (year) of the Leefbaarometer' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  edition: number;

  @Field(() => Float, { description: 'The overall score as published' })
  @Min(-1000)
  @Max(1000)
  score: number;

  @Field(() => Int, { nullable: true, description: 'The published class, 1 (zeer onvoldoende) to 9 (uitstekend)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  scoreClass?: number;

  @Field({ description: 'Where the score comes from, e.g. "Leefbaarometer 3.0, BZK, editie 2022"' })
  @Length(1, 500)
  source: string;

  @Field(() => String, { nullable: true, description: 'A note (at most 1000 characters)' })
  @IsOptional()
  @Length(0, 1000)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; required when correcting a recorded score' })
  @IsOptional()
  @Min(1)
  version?: number;
}
