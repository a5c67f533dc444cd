import { buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import type { TeamsContext } from './context';
import { MembershipResolver } from './memberships/membership.resolver';
import { VolunteerReference } from './memberships/volunteer-reference';
import { NeighbourhoodResolver } from './neighbourhoods/neighbourhood.resolver';
import { PartnerResolver } from './partners/partner.resolver';
import { TeamResolver } from './teams/team.resolver';

export function buildTeamsSchema() {
  return buildFederatedSchema(
    { resolvers: [TeamResolver, NeighbourhoodResolver, PartnerResolver, MembershipResolver], orphanedTypes: [VolunteerReference] },
    {
      Team: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.loaders.team.load(id) },
      Neighbourhood: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.loaders.neighbourhood.load(id) },
      Partner: { __resolveReference: ({ id }: { id: string }, ctx: TeamsContext) => ctx.loaders.partner.load(id) },
    },
  );
}
