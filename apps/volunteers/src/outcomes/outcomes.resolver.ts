import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { LonelinessCheck, ParticipationMove } from './outcome.entities';
import { RecordLonelinessCheckInput, RecordParticipationMoveInput } from './outcomes.inputs';

@Resolver()
export class OutcomeResolver {
  @Authorized()
  @Mutation(() => LonelinessCheck, {
    description:
      'Records a loneliness check (De Jong Gierveld scale); the person, their coordinator or an admin; needs LONELINESS_SCALE consent',
  })
  recordLonelinessCheck(
    @Arg('input', { description: 'The person, the day and the six answers' }) input: RecordLonelinessCheckInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.outcomes.recordLoneliness(input);
  }

  @Authorized()
  @Mutation(() => ParticipationMove, {
    description:
      'Records a move into paid work, education or a training path; a coordinator of the person’s team or an admin; needs PARTICIPATION_OUTCOMES consent',
  })
  recordParticipationMove(
    @Arg('input', { description: 'The person, the kind of move and the day it started' }) input: RecordParticipationMoveInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.outcomes.recordParticipation(input);
  }
}
