import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ShadowPriceItem } from './shadow-price.entity';

@InputType('SetShadowPriceInput', {
  description: 'A price of one item for one price year; leave the amounts empty when no figure is published',
})
export class SetShadowPriceInput {
  @Field(() => Int, { description: 'The year whose price level the figures are in, 2000 to 2100' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  priceYear: number;

  @Field(() => ShadowPriceItem, { description: 'What it is the price of' })
  item: ShadowPriceItem;

  @Field({ description: 'What one unit is, e.g. "hour"' })
  @Length(1, 40)
  unit: string;

  @Field(() => Int, { nullable: true, description: 'Whole cents per unit' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  valueCents?: number;

  @Field(() => Int, { nullable: true, description: 'Whole cents per unit, the low end of the published range' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  lowCents?: number;

  @Field(() => Int, { nullable: true, description: 'Whole cents per unit, the high end of the published range' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  highCents?: number;

  @Field({ description: 'Where the figure comes from (publication, year, table)' })
  @Length(1, 500)
  source: string;

  @Field(() => String, { nullable: true, description: 'A remark on the figure or its use, up to 1000 characters' })
  @IsOptional()
  @Length(0, 1000)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; required when changing an existing price' })
  @IsOptional()
  @Min(1)
  version?: number;
}
