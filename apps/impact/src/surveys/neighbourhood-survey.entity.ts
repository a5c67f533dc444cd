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
  description: 'Which wave of the neighbourhood survey: the baseline or a yearly follow-up',
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
@ObjectType('NeighbourhoodSurvey', {
  description: 'One wave of the neighbourhood survey: means of the residents’ answers, never the answers themselves',
})
export class NeighbourhoodSurvey {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Column({ type: 'text' })
  @Field(() => SurveyWave, { description: 'Baseline or follow-up' })
  wave: SurveyWave;

  @Column({ name: 'fielded_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day the fieldwork took place, a date in Europe/Amsterdam' })
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
  @Field(() => Int, { description: 'Send this back on correction; a stale version is refused with CONFLICT' })
  version: number;
}

@ObjectType('SurveyItemScore', { description: 'One statement or characteristic: the mean agreement (1–5) and its 0–10 score' })
export class SurveyItemScore {
  @Field({ description: 'The statement or characteristic (a CohesionStatement or InclusionCharacteristic value)' })
  item: string;

  @Field({ description: 'Its wording in Dutch' })
  labelNl: string;

  @Field({ description: 'Its wording in English' })
  labelEn: string;

  @Field({ description: 'The statement is negative, so agreeing lowers the score' })
  reverseScored: boolean;

  @Field(() => Float, { description: '1 = helemaal oneens … 5 = helemaal eens' })
  meanAgreement: number;

  @Field(() => Float, { description: '0–10, higher is better (reverse-scored where the statement is negative)' })
  score: number;
}
