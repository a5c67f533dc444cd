import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CohesionStatement, InclusionCharacteristic } from './cohesion.rules';
import { SurveyWave } from './neighbourhood-survey.entity';

@InputType('CohesionAnswerInput', { description: 'The mean answer to one statement of the CBS cohesion scale' })
export class CohesionAnswerInput {
  @Field(() => CohesionStatement, { description: 'The statement' })
  statement: CohesionStatement;

  @Field(() => Float, { description: 'Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens' })
  @IsNumber()
  @Min(1)
  @Max(5)
  meanAgreement: number;
}

@InputType('InclusionAnswerInput', { description: "The mean answer on one characteristic of 'Een buurt voor iedereen'" })
export class InclusionAnswerInput {
  @Field(() => InclusionCharacteristic, { description: 'The characteristic' })
  characteristic: InclusionCharacteristic;

  @Field(() => Float, { description: 'Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens' })
  @IsNumber()
  @Min(1)
  @Max(5)
  meanAgreement: number;
}

@InputType('SurveyResultsInput', { description: 'The results of a survey wave: respondents, spread and mean answers' })
export class SurveyResultsInput {
  @Field(() => Int, { description: 'Respondents' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  sampleSize: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Standard deviation of the respondents’ cohesion scale scores (0–10), from the fieldwork’s tables; needed for the 95 % interval',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10)
  scoreStandardDeviation?: number;

  @Field(() => [CohesionAnswerInput], { description: 'All five statements of the CBS cohesion scale, once each' })
  @ValidateNested({ each: true })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  statements: CohesionAnswerInput[];

  @Field(() => [InclusionAnswerInput], { description: "All five characteristics of 'Een buurt voor iedereen', once each" })
  @ValidateNested({ each: true })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  characteristics: InclusionAnswerInput[];
}

@InputType('RecordNeighbourhoodSurveyInput', { description: 'A new survey wave: the neighbourhood, the wave, the day and the results' })
export class RecordNeighbourhoodSurveyInput extends SurveyResultsInput {
  @Field(() => ID, { description: 'The neighbourhood surveyed' })
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => SurveyWave, { description: 'The baseline (once) or a follow-up (once a year)' })
  wave: SurveyWave;

  @Field(() => LocalDateResolver, { description: 'The day the fieldwork took place, a date in Europe/Amsterdam' })
  fieldedOn: string;
}

@InputType('CorrectNeighbourhoodSurveyInput', { description: 'A survey wave, the version you read and its corrected results' })
export class CorrectNeighbourhoodSurveyInput extends VersionedInput {
  @Field(() => SurveyResultsInput, { description: 'The corrected results' })
  @ValidateNested()
  results: SurveyResultsInput;
}
