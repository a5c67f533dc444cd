import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import type { TeamsContext } from './context';
import { MembershipResolver } from './memberships/membership.resolver';
import { VolunteerReference } from './memberships/volunteer-reference';
import { NeighbourhoodResolver } from './neighbourhoods/neighbourhood.resolver';
import { PartnerResolver } from './partners/partner.resolver';
import { TeamResolver } from './teams/team.resolver';
import { ThemeResolver } from './themes/theme.resolver';

export function buildTeamsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [TeamResolver, NeighbourhoodResolver, PartnerResolver, MembershipResolver, ThemeResolver, auditLogResolver('teams')],
      orphanedTypes: [VolunteerReference],
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
        __resolveReference: async ({ id }: { id: string }, ctx: TeamsContext) => ((await ctx.policy.canSeeNeighbourhood(id)) ? ctx.loaders.neighbourhood.load(id) : null),
      },
      Partner: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.loaders.partner.load(id) },
    },
  );
}
