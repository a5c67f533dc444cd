import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum IntervalMethod {
  T_DISTRIBUTION = 'T_DISTRIBUTION',
  NORMAL_APPROXIMATION = 'NORMAL_APPROXIMATION',
}
registerEnumType(IntervalMethod, {
  name: 'ImpactIntervalMethod',
  description: 'How the 95 % interval’s multiplier was found',
  valuesConfig: {
    T_DISTRIBUTION: {
      description:
        'Student’s t with the degrees of freedom shown: samples under 30, where the normal curve would make the interval too narrow',
    },
    NORMAL_APPROXIMATION: {
      description: 'The normal distribution (1.96): every sample of 30 or more, where t and normal differ by under 5 %',
    },
  },
});

export enum ChangeEvidence {
  DEMONSTRABLE = 'DEMONSTRABLE',
  NOT_DEMONSTRABLE = 'NOT_DEMONSTRABLE',
  NOT_ASSESSED = 'NOT_ASSESSED',
}
registerEnumType(ChangeEvidence, {
  name: 'ImpactChangeEvidence',
  description: 'Whether a change is shown beyond chance by its 95 % confidence interval',
  valuesConfig: {
    DEMONSTRABLE: { description: 'Aantoonbaar: the whole 95 % interval lies on one side of 0' },
    NOT_DEMONSTRABLE: { description: 'Niet aantoonbaar: the 95 % interval includes 0, so the change may be chance' },
    NOT_ASSESSED: { description: 'No interval: the spread of the answers was not recorded, or there is nothing to compare with' },
  },
});

@ObjectType('ImpactConfidenceInterval', { description: 'A 95 % confidence interval around a mean or a change of means' })
export class ConfidenceInterval {
  @Field(() => Float, { description: 'Lower bound, on the figure’s own scale' })
  low: number;

  @Field(() => Float, { description: 'Upper bound, on the figure’s own scale' })
  high: number;

  @Field(() => Int, { description: 'The confidence level in percent (95)' })
  confidencePercent: number;

  @Field(() => Float, { description: 'Standard error of the figure' })
  standardError: number;

  @Field(() => Float, { description: 'The multiplier of the standard error (t or 1.96)' })
  criticalValue: number;

  @Field(() => IntervalMethod, { description: 'Where the multiplier comes from' })
  method: IntervalMethod;

  @Field(() => Float, {
    nullable: true,
    description: 'Degrees of freedom of the t distribution (Welch’s for a change between two waves); null for the normal approximation',
  })
  degreesOfFreedom: number | null;

  /** Whether the unrounded interval lies wholly on one side of 0 (not in the schema: `evidence` fields say it). */
  excludesZero: boolean;
}
