import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { Team } from '../teams/team.entity';
import { RecruitmentFunnel } from './recruitment-funnel.types';
import { OutreachMoment, RecruitmentCandidate } from './recruitment.entity';
import {
  AddRecruitmentCandidateInput,
  CloseIntakeInput,
  RecordIntakeStepInput,
  RecordOutreachMomentInput,
  UpdateOutreachMomentInput,
} from './recruitment.inputs';

const YEAR = { nullable: true, description: 'The calendar year; all years when left out' } as const;

/** Recruitment of a team's members: the rules are in RecruitmentService and TeamsPolicy. */
@Resolver(() => Team)
export class RecruitmentResolver {
  @Authorized()
  @FieldResolver(() => [OutreachMoment], {
    nullable: true,
    description: "The team's outreach moments, newest first (the team's coordinators and admins)",
  })
  outreachMoments(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.recruitment.outreachMoments(team);
  }

  @Authorized()
  @FieldResolver(() => [RecruitmentCandidate], {
    nullable: true,
    description: "Interested residents in intake and after, newest first (the team's coordinators and admins: personal data)",
  })
  recruitmentCandidates(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.recruitment.candidates(team);
  }

  @Authorized()
  @FieldResolver(() => RecruitmentFunnel, {
    nullable: true,
    description: "The team's recruitment funnel: its coordinators and admins; partners serving its neighbourhood with small numbers hidden",
  })
  recruitmentFunnel(@Root() team: Team, @Arg('year', () => Int, YEAR) year: number | null, @Ctx() ctx: TeamsContext) {
    return ctx.recruitment.teamFunnel(team, year ?? null);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => OutreachMoment, { description: "Records an outreach moment of a team (the team's coordinators or admins)" })
  recordOutreachMoment(
    @Arg('input', { description: 'The team and the moment' }) input: RecordOutreachMomentInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.recruitment.recordOutreach(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => OutreachMoment, { description: 'Corrects an outreach moment; send the version you read' })
  updateOutreachMoment(
    @Arg('input', { description: 'The moment, the version you read and the correction' }) input: UpdateOutreachMomentInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.recruitment.updateOutreach(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => RecruitmentCandidate, { description: 'Starts following up an interested resident (the team’s coordinators or admins)' })
  addRecruitmentCandidate(
    @Arg('input', { description: 'The team and the candidate' }) input: AddRecruitmentCandidateInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.recruitment.addCandidate(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => RecruitmentCandidate, { description: "Records the steps of a candidate's intake; send the version you read" })
  recordIntakeStep(
    @Arg('input', { description: 'The candidate, the version you read and the steps' }) input: RecordIntakeStepInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.recruitment.recordIntakeStep(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => RecruitmentCandidate, {
    description: 'Closes an intake: JOINED (the volunteer, a member of the team; name and contact are cleared) or NOT_JOINED with a reason',
  })
  closeIntake(
    @Arg('input', { description: 'The candidate, the version you read and the outcome' }) input: CloseIntakeInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.recruitment.closeIntake(input);
  }
}

/** The funnel of all teams of a neighbourhood. */
@Resolver(() => Neighbourhood)
export class NeighbourhoodRecruitmentResolver {
  @Authorized()
  @FieldResolver(() => RecruitmentFunnel, {
    nullable: true,
    description: "The recruitment funnel of the neighbourhood's teams together: admins; partners serving it with small numbers hidden",
  })
  recruitmentFunnel(@Root() neighbourhood: Neighbourhood, @Arg('year', () => Int, YEAR) year: number | null, @Ctx() ctx: TeamsContext) {
    return ctx.recruitment.neighbourhoodFunnel(neighbourhood.id, year ?? null);
  }
}
