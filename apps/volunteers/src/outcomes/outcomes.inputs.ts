import { IsEnum, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { LonelinessAnswer, type LonelinessAnswers, ParticipationKind } from './outcomes.rules';

const answer = (description: string) => (target: object, property: string) => {
  Field(() => LonelinessAnswer, { description })(target, property);
  IsEnum(LonelinessAnswer)(target, property);
};

@InputType('RecordLonelinessCheckInput', { description: 'A person’s answers on the six-item De Jong Gierveld loneliness scale' })
export class RecordLonelinessCheckInput implements LonelinessAnswers {
  @Field(() => ID, { description: 'The person (Volunteer.id); they need LONELINESS_SCALE consent' })
  @IsUUID()
  volunteerId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the check (intake, then yearly)' })
  takenOn: string;

  @answer('E1 "Ik ervaar een leegte om me heen"') emptiness: LonelinessAnswer;
  @answer('E2 "Ik mis mensen om me heen"') missPeople: LonelinessAnswer;
  @answer('E3 "Ik voel me vaak in de steek gelaten"') feelRejected: LonelinessAnswer;
  @answer('S1 "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen"') canRelyOn: LonelinessAnswer;
  @answer('S2 "Er zijn veel mensen die ik volledig kan vertrouwen"') canTrust: LonelinessAnswer;
  @answer('S3 "Er zijn voldoende mensen met wie ik me nauw verbonden voel"') feelClose: LonelinessAnswer;
}

@InputType('RecordParticipationMoveInput', { description: 'A person’s move into paid work, education or a training path' })
export class RecordParticipationMoveInput {
  @Field(() => ID, { description: 'The person (Volunteer.id); they need PARTICIPATION_OUTCOMES consent' })
  @IsUUID()
  volunteerId: string;

  @Field(() => ParticipationKind, { description: 'Paid work, education or a training path' })
  @IsEnum(ParticipationKind)
  kind: ParticipationKind;

  @Field(() => LocalDateResolver, { description: 'The day the work, education or path started (not in the future)' })
  movedOn: string;
}
