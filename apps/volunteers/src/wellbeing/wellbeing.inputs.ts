import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { WellbeingScores } from './wellbeing-check.entity';

const score = () => (target: object, property: string) => {
  Field(() => Int, { description: '0 (worst) to 10 (best)' })(target, property);
  IsInt()(target, property);
  Min(0)(target, property);
  Max(10)(target, property);
};

@InputType('RecordWellbeingCheckInput', { description: 'One wellbeing check of a person: a score of 0 to 10 per domain' })
export class RecordWellbeingCheckInput implements WellbeingScores {
  @Field(() => ID, { description: 'The person (Volunteer.id); they need WELLBEING_MONITOR consent' })
  @IsUUID()
  volunteerId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the check' })
  takenOn: string;

  @score() language: number;
  @score() socialNetwork: number;
  @score() meaning: number;
  @score() dailyLife: number;
  @score() homeSituation: number;
  @score() mentalHealth: number;
  @score() physicalHealth: number;
  @score() financialHealth: number;

  @Field(() => String, { nullable: true, description: 'Anything worth noting, optional' })
  @IsOptional()
  @Length(0, 1000)
  remark?: string;
}
