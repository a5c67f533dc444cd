import { IsBoolean, IsInt, IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType('SetConsumerPriceIndexInput', {
  description: 'The consumer price index of one year: a new year, or a correction of a year (send the version you read)',
})
export class SetConsumerPriceIndexInput {
  @Field(() => Int, { description: 'The calendar year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Float, { description: 'The yearly average index figure on the base below, e.g. 130.2' })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(1)
  @Max(10_000)
  indexValue: number;

  @Field({ description: 'The base, e.g. "2015=100"; must be the base of the years already stored' })
  @Length(1, 40)
  base: string;

  @Field({ description: 'Where the figure comes from, e.g. "CBS StatLine 83131NED, jaargemiddelde"' })
  @Length(1, 500)
  source: string;

  @Field({ defaultValue: false, description: 'True while the figure is not CBS’s final yearly average' })
  @IsBoolean()
  provisional: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. an assumption behind the figure' })
  @IsOptional()
  @Length(0, 1000)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; required when correcting a stored year' })
  @IsOptional()
  @Min(1)
  version?: number;
}
