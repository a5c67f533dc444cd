import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LonelinessAnswer, type LonelinessAnswers, ParticipationKind } from './outcomes.rules';

registerEnumType(LonelinessAnswer, {
  name: 'LonelinessAnswer',
  description: 'An answer on the De Jong Gierveld loneliness scale',
  valuesConfig: {
    YES: { description: 'Ja / yes' },
    MORE_OR_LESS: { description: 'Min of meer / more or less' },
    NO: { description: 'Nee / no' },
  },
});

registerEnumType(ParticipationKind, {
  name: 'ParticipationKind',
  description: 'Where a person moved on to',
  valuesConfig: {
    PAID_WORK: { description: 'Betaald werk / paid work' },
    EDUCATION: { description: 'Een opleiding / education' },
    TRAINING_PATH: { description: 'Een (re-)integratie- of leertraject / a training path' },
  },
});

const answer = (column: string, description: string) => (target: object, property: string) => {
  Column({ name: column, type: 'text' })(target, property);
  Field(() => LonelinessAnswer, { description })(target, property);
};

/** One loneliness check: the six answers of the De Jong Gierveld scale and their score (personal data). */
@Entity('loneliness_checks')
@ObjectType('LonelinessCheck', {
  description: 'The six-item De Jong Gierveld loneliness scale, answered at intake and then yearly (with LONELINESS_SCALE consent)',
})
export class LonelinessCheck implements LonelinessAnswers {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'taken_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day of the check, a date in Europe/Amsterdam' })
  takenOn: string;

  @answer('emptiness', 'E1 "Ik ervaar een leegte om me heen" / I experience a general sense of emptiness') emptiness: LonelinessAnswer;
  @answer('miss_people', 'E2 "Ik mis mensen om me heen" / I miss having people around me') missPeople: LonelinessAnswer;
  @answer('feel_rejected', 'E3 "Ik voel me vaak in de steek gelaten" / I often feel rejected') feelRejected: LonelinessAnswer;
  @answer(
    'can_rely_on',
    'S1 "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen" / there are plenty of people I can rely on',
  )
  canRelyOn: LonelinessAnswer;
  @answer('can_trust', 'S2 "Er zijn veel mensen die ik volledig kan vertrouwen" / there are many people I can trust completely')
  canTrust: LonelinessAnswer;
  @answer('feel_close', 'S3 "Er zijn voldoende mensen met wie ik me nauw verbonden voel" / there are enough people I feel close to')
  feelClose: LonelinessAnswer;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'The score, 0–6; 2 or more is lonely (eenzaam)' })
  score: number;
}

/** A person's move into paid work, education or a training path, for the team they were in (personal data). */
@Entity('participation_moves')
@ObjectType('ParticipationMove', {
  description:
    'A move into paid work, education or a training path, recorded with PARTICIPATION_OUTCOMES consent; counted, never listed for partners',
})
export class ParticipationMove {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  @Field(() => ID, { description: 'The team the move counts for: the one the person was in on that day, else their last one' })
  teamId: string;

  @Column({ type: 'text' })
  @Field(() => ParticipationKind, { description: 'Paid work, education or a training path' })
  kind: ParticipationKind;

  @Column({ name: 'moved_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day the work, education or path started, a date in Europe/Amsterdam' })
  movedOn: string;
}
