import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** The consumer price index of one year: what puts prices and costs of different years in one price level. */
@Entity('consumer_price_index')
@ObjectType('ConsumerPriceIndexYear', {
  description:
    'The CBS consumer price index (yearly average) of one year, with its source; used to index prices and costs to one price level',
})
export class ConsumerPriceIndexYear {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'The calendar year the index is the average of' })
  year: number;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id of the year’s row, as the audit log names it' })
  id: string;

  @Column({ name: 'index_value', type: 'numeric', transformer: numeric })
  @Field(() => Float, { description: 'The index figure, e.g. 130.2 on base 2015=100' })
  indexValue: number;

  @Column({ type: 'text' })
  @Field({ description: 'The base year of the index, e.g. "2015=100"; every year has the same base' })
  base: string;

  @Column({ type: 'text' })
  @Field({ description: 'Where the figure comes from (publisher, table, series)' })
  source: string;

  @Column({ type: 'boolean' })
  @Field({ description: 'True while the year is not over or CBS has not published its final yearly average' })
  provisional: boolean;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Remarks, e.g. which assumption a figure rests on' })
  note: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Goes up with every correction; send it back to correct the year' })
  version: number;
}
