import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { ActivityResolver, PartnerActivitiesResolver, TeamActivitiesResolver } from './activities/activity.resolver';
import type { ActivitiesContext } from './context';
import { NationalFiguresResolver, NeighbourhoodFiguresResolver, TeamFiguresResolver } from './figures/figures.resolver';
import { HourEntryResolver, VolunteerHoursResolver } from './hours/hour-entry.resolver';
import { NeighbourhoodReference, PartnerReference, TeamReference, VolunteerReference } from './references';
import { ActivitiesExportReference, ActivitiesExportResolver } from './personal-data';
import { SummaryPhotoResolver, TeamMonthSummariesResolver, TeamMonthSummaryResolver } from './summaries/month-summary.resolver';

const byId = ({ id }: { id: string }) => ({ id });

export function buildActivitiesSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        ActivitiesExportResolver,
        ActivityResolver,
        TeamActivitiesResolver,
        PartnerActivitiesResolver,
        HourEntryResolver,
        VolunteerHoursResolver,
        TeamFiguresResolver,
        NeighbourhoodFiguresResolver,
        NationalFiguresResolver,
        TeamMonthSummariesResolver,
        TeamMonthSummaryResolver,
        SummaryPhotoResolver,
        auditLogResolver('activities'),
      ],
      orphanedTypes: [ActivitiesExportReference, TeamReference, NeighbourhoodReference, VolunteerReference, PartnerReference],
    },
    // Access is checked on each contributed field, so references resolve to their id.
    {
      Activity: {
        __resolveReference: async ({ id }: { id: string }, ctx: ActivitiesContext) => {
          const activity = await ctx.loaders.activity.load(id);
          return activity && (await ctx.policy.canSeeTeam(activity.teamId)) ? activity : null;
        },
      },
      Team: { __resolveReference: byId },
      Neighbourhood: { __resolveReference: byId },
      Volunteer: { __resolveReference: byId },
      PersonalDataExport: { __resolveReference: ({ volunteerId }: { volunteerId: string }) => ({ volunteerId }) },
      Partner: { __resolveReference: byId },
    },
  );
}
