import { auditLogResolver, buildFederatedSchema, deadLetterResolver } from '@buurtvolk/subgraph-kit';
import type { TeamsContext } from './context';
import { TeamCoachResolver } from './coaches/team-coach.resolver';
import { MembershipResolver } from './memberships/membership.resolver';
import { PersonalDataExportReference, PersonalDataExportResolver } from './memberships/personal-data-export';
import { VolunteerMembershipsResolver } from './memberships/volunteer-memberships.resolver';
import { NeighbourhoodResolver } from './neighbourhoods/neighbourhood.resolver';
import { PartnerResolver } from './partners/partner.resolver';
import { TeamPathResolver } from './path/team-path.resolver';
import { TeamProposalResolver, TeamProposalsOfTeamResolver } from './proposals/team-proposal.resolver';
import { NeighbourhoodRecruitmentResolver, RecruitmentResolver } from './recruitment/recruitment.resolver';
import { NeighbourhoodRequestResolver } from './requests/neighbourhood-request.resolver';
import { NeighbourhoodScanResolver } from './scans/neighbourhood-scan.resolver';
import { TeamResolver } from './teams/team.resolver';
import { ThemeResolver } from './themes/theme.resolver';

export function buildTeamsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        TeamResolver,
        NeighbourhoodResolver,
        PartnerResolver,
        MembershipResolver,
        TeamCoachResolver,
        VolunteerMembershipsResolver,
        PersonalDataExportResolver,
        ThemeResolver,
        NeighbourhoodRequestResolver,
        TeamPathResolver,
        NeighbourhoodScanResolver,
        RecruitmentResolver,
        NeighbourhoodRecruitmentResolver,
        TeamProposalsOfTeamResolver,
        TeamProposalResolver,
        auditLogResolver('teams'),
        // Operators' view of the event bus, which every service shares: served here, once.
        deadLetterResolver(),
      ],
      // Referenced by no field here, but extended with PersonalDataExport.teams.
      orphanedTypes: [PersonalDataExportReference],
    },
    // Entity references bypass type-graphql's resolvers, so the same visibility rules are applied here.
    {
      Team: {
        __resolveReference: async ({ id }: { id: string }, ctx: TeamsContext) => {
          const team = await ctx.loaders.team.load(id);
          return team && (await ctx.policy.canSeeTeam(team)) ? team : null;
        },
      },
      Neighbourhood: {
        __resolveReference: async ({ id }: { id: string }, ctx: TeamsContext) =>
          (await ctx.policy.canSeeNeighbourhood(id)) ? ctx.loaders.neighbourhood.load(id) : null,
      },
      Volunteer: { __resolveReference: ({ id }: { id: string }) => ({ id }) },
      // Finance links a budget commitment to its proposal; the proposal's rules apply however it is reached.
      TeamProposal: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.proposals.proposal(id) },
      PersonalDataExport: { __resolveReference: ({ volunteerId }: { volunteerId: string }) => ({ volunteerId }) },
      Partner: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.loaders.partner.load(id) },
    },
  );
}
