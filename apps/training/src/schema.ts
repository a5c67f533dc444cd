import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import type { TrainingContext } from './context';
import { CourseResolver, CourseRunResolver, SessionResolver, TeamCoachingResolver } from './courses/course.resolver';
import {
  CertificateResolver,
  EnrolmentResolver,
  NeighbourhoodTrainingResolver,
  TeamCoverageResolver,
  VolunteerTrainingResolver,
} from './enrolments/enrolment.resolver';
import { NeighbourhoodReference, TeamReference, VolunteerReference } from './references';
import { TrainingExportReference, TrainingExportResolver } from './personal-data';

const byId = ({ id }: { id: string }) => ({ id });

export function buildTrainingSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        TrainingExportResolver,
        CourseResolver,
        CourseRunResolver,
        SessionResolver,
        TeamCoachingResolver,
        EnrolmentResolver,
        CertificateResolver,
        VolunteerTrainingResolver,
        TeamCoverageResolver,
        NeighbourhoodTrainingResolver,
        auditLogResolver('training'),
      ],
      orphanedTypes: [TrainingExportReference, TeamReference, NeighbourhoodReference, VolunteerReference],
    },
    // Access is checked on each contributed field, so references resolve to their id.
    {
      Course: { __resolveReference: ({ id }: { id: string }, ctx: TrainingContext) => ctx.loaders.course.load(id) },
      Team: { __resolveReference: byId },
      Neighbourhood: { __resolveReference: byId },
      Volunteer: { __resolveReference: byId },
      PersonalDataExport: { __resolveReference: ({ volunteerId }: { volunteerId: string }) => ({ volunteerId }) },
    },
  );
}
