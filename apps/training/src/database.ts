import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration, indexOutboxHistoryMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { Course, CourseRun, Session } from './courses/course.entity';
import { Certificate, Enrolment } from './enrolments/enrolment.entity';
import { CreateTrainingSchema1764500000000 } from './migrations/1764500000000-create-training-schema';
import { IndexHotPaths1764500400000 } from './migrations/1764500400000-index-hot-paths';
import { orderedTeamDirectoryMigration } from '@buurtvolk/team-directory';

export const trainingDatabase: DatabaseDefinition = {
  entities: [Course, CourseRun, Session, Enrolment, Certificate, AuditEntry],
  migrations: [
    CreateTrainingSchema1764500000000,
    indexOutboxHistoryMigration(1764500100000),
    orderedTeamDirectoryMigration(1764500200000),
    catchUpMigration(1764500300000),
    IndexHotPaths1764500400000,
  ],
};
