import { isUuid } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { AuditEntry, forbidden } from '@buurtvolk/subgraph-kit';
import { JSONResolver } from 'graphql-scalars';
import { ArrayContains } from 'typeorm';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { TeamProposal, TeamProposalVote } from '../proposals/team-proposal.entity';
import { RecruitmentCandidate } from '../recruitment/recruitment.entity';

/** Owned by the volunteers subgraph; this subgraph adds what it holds about the person. */
@ObjectType('PersonalDataExport')
@Directive('@key(fields: "volunteerId")')
export class PersonalDataExportReference {
  @Field(() => ID)
  volunteerId: string;
}

@Resolver(() => PersonalDataExportReference)
export class PersonalDataExportResolver {
  @FieldResolver(() => JSONResolver, { nullable: true, description: 'Memberships and the changes recorded about them' })
  async teams(@Root() { volunteerId }: PersonalDataExportReference, @Ctx() ctx: TeamsContext) {
    if (ctx.identity?.role !== Role.ADMIN && ctx.identity?.volunteerId !== volunteerId)
      throw forbidden('Only the person themselves and admins can export their data');
    const memberships = await ctx.loaders.membershipsOfVolunteer.load(volunteerId);
    const changes = await ctx.dataSource
      .getRepository(AuditEntry)
      .find({ where: { relatedIds: ArrayContains([volunteerId]) }, order: { occurredAt: 'ASC' } });
    const known = isUuid(volunteerId);
    const intakes = known ? await ctx.dataSource.getRepository(RecruitmentCandidate).findBy({ volunteerId }) : [];
    const proposals = known ? await ctx.dataSource.getRepository(TeamProposal).findBy({ proposerVolunteerId: volunteerId }) : [];
    const votes = known ? await ctx.dataSource.getRepository(TeamProposalVote).findBy({ volunteerId }) : [];
    return {
      memberships: memberships.map(({ id, teamId, role, from, until }) => ({ id, teamId, role, from, until })),
      intakes: intakes.map(({ id, teamId, firstConversationOn, introductionOn, outcome, outcomeOn }) => ({
        id,
        teamId,
        firstConversationOn,
        introductionOn,
        outcome,
        outcomeOn,
      })),
      proposals: proposals.map(({ id, teamId, kind, title, status, opensAt }) => ({ id, teamId, kind, title, status, opensAt })),
      votes: votes.map(({ proposalId, choice, castAt }) => ({ proposalId, choice, castAt })),
      recordedChanges: changes.map(({ occurredAt, action, actorRole, entityId }) => ({ occurredAt, action, actorRole, entityId })),
    };
  }
}
