import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CHARACTERISTIC_LABELS, CohesionStatement, InclusionCharacteristic, STATEMENT_LABELS } from './cohesion.rules';

export enum SurveyWave {
  BASELINE = 'BASELINE',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(SurveyWave, {
  name: 'SurveyWave',
  valuesConfig: {
    BASELINE: { description: 'Nulmeting at the start of the first team' },
    FOLLOW_UP: { description: 'Yearly vervolgmeting' },
  },
});
registerEnumType(CohesionStatement, {
  name: 'CohesionStatement',
  description: 'Statements of the CBS social cohesion scale (Veiligheidsmonitor)',
  valuesConfig: Object.fromEntries(
    Object.entries(STATEMENT_LABELS).map(([key, label]) => [key, { description: `${label.labelNl} / ${label.labelEn}` }]),
  ),
});
registerEnumType(InclusionCharacteristic, {
  name: 'InclusionCharacteristic',
  description: "The five characteristics of Movisie's 'Een buurt voor iedereen'",
  valuesConfig: Object.fromEntries(
    Object.entries(CHARACTERISTIC_LABELS).map(([key, label]) => [key, { description: `${label.labelNl} / ${label.labelEn}` }]),
  ),
});

/** One wave of the neighbourhood survey: means of the residents' answers, never the answers themselves. */
@Entity('neighbourhood_surveys')
@ObjectType('NeighbourhoodSurvey')
export class NeighbourhoodSurvey {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  @Field(() => ID)
  neighbourhoodId: string;

  @Column({ type: 'text' })
  @Field(() => SurveyWave)
  wave: SurveyWave;

  @Column({ name: 'fielded_on', type: 'date' })
  @Field(() => LocalDateResolver)
  fieldedOn: string;

  @Column({ name: 'wave_year', type: 'int' })
  waveYear: number;

  @Column({ name: 'sample_size', type: 'int' })
  sampleSize: number;

  @Column({ type: 'jsonb' })
  statements: Record<CohesionStatement, number>;

  @Column({
    name: 'score_standard_deviation',
    type: 'numeric',
    nullable: true,
    transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) },
  })
  @Field(() => Float, {
    nullable: true,
    description:
      'Standard deviation of the respondents’ cohesion scores (0–10), as the fieldwork reported it; null when not reported (then no interval is shown)',
  })
  scoreStandardDeviation: number | null;

  @Column({ type: 'jsonb' })
  characteristics: Record<InclusionCharacteristic, number>;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}

@ObjectType('SurveyItemScore', { description: 'One statement or characteristic: the mean agreement (1–5) and its 0–10 score' })
export class SurveyItemScore {
  @Field()
  item: string;

  @Field()
  labelNl: string;

  @Field()
  labelEn: string;

  @Field()
  reverseScored: boolean;

  @Field(() => Float, { description: '1 = helemaal oneens … 5 = helemaal eens' })
  meanAgreement: number;

  @Field(() => Float, { description: '0–10, higher is better (reverse-scored where the statement is negative)' })
  score: number;
}
