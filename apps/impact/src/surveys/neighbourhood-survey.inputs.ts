import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CohesionStatement, InclusionCharacteristic } from './cohesion.rules';
import { SurveyWave } from './neighbourhood-survey.entity';

@InputType('CohesionAnswerInput')
export class CohesionAnswerInput {
  @Field(() => CohesionStatement)
  statement: CohesionStatement;

  @Field(() => Float, { description: 'Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens' })
  @IsNumber()
  @Min(1)
  @Max(5)
  meanAgreement: number;
}

@InputType('InclusionAnswerInput')
export class InclusionAnswerInput {
  @Field(() => InclusionCharacteristic)
  characteristic: InclusionCharacteristic;

  @Field(() => Float, { description: 'Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens' })
  @IsNumber()
  @Min(1)
  @Max(5)
  meanAgreement: number;
}

@InputType('SurveyResultsInput')
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

@InputType('RecordNeighbourhoodSurveyInput')
export class RecordNeighbourhoodSurveyInput extends SurveyResultsInput {
  @Field(() => ID)
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => SurveyWave)
  wave: SurveyWave;

  @Field(() => LocalDateResolver)
  fieldedOn: string;
}

@InputType('CorrectNeighbourhoodSurveyInput')
export class CorrectNeighbourhoodSurveyInput extends VersionedInput {
  @Field(() => SurveyResultsInput)
  @ValidateNested()
  results: SurveyResultsInput;
}
