import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { ConsentResolver } from './consents/consent.resolver';
import type { VolunteersContext } from './context';
import { mayExport, PersonalDataExportResolver, VolunteerExportResolver } from './export/personal-data-export';
import { VolunteerImportResolver } from './imports/volunteer-import.resolver';
import { OutcomeResolver } from './outcomes/outcomes.resolver';
import { TeamReference } from './references';
import { SocialAssistanceResolver } from './social-assistance/social-assistance.resolver';
import { VolunteerConnectionResolver, VolunteerResolver } from './volunteers/volunteer.resolver';
import { NeighbourhoodWellbeingResolver, TeamWellbeingResolver, WellbeingResolver } from './wellbeing/wellbeing.resolver';

export function buildVolunteersSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        VolunteerResolver,
        VolunteerConnectionResolver,
        ConsentResolver,
        SocialAssistanceResolver,
        WellbeingResolver,
        OutcomeResolver,
        TeamWellbeingResolver,
        NeighbourhoodWellbeingResolver,
        VolunteerImportResolver,
        VolunteerExportResolver,
        PersonalDataExportResolver,
        auditLogResolver('volunteers'),
      ],
      // Referenced by no field here, but extended with Team.wellbeing.
      orphanedTypes: [TeamReference],
    },
    // Entity references bypass type-graphql's resolvers, so visibility is checked here too.
    {
      Volunteer: {
        __resolveReference: async ({ id }: { id: string }, ctx: VolunteersContext) => {
          const volunteer = await ctx.loaders.volunteer.load(id);
          return volunteer && (await ctx.policy.canSee(volunteer)) ? volunteer : null;
        },
      },
      Team: { __resolveReference: ({ id }: { id: string }) => ({ id }) },
      Neighbourhood: { __resolveReference: ({ id }: { id: string }) => ({ id }) },
      PersonalDataExport: {
        __resolveReference: ({ volunteerId }: { volunteerId: string }, ctx: VolunteersContext) =>
          mayExport(ctx.identity, volunteerId) ? { volunteerId } : null,
      },
    },
  );
}
