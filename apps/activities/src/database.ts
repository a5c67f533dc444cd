import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration, indexOutboxHistoryMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { Activity } from './activities/activity.entity';
import { HourEntry } from './hours/hour-entry.entity';
import { CreateActivitiesSchema1764400000000 } from './migrations/1764400000000-create-activities-schema';
import { IndexActivitiesByNeighbourhood1764400100000 } from './migrations/1764400100000-index-activities-by-neighbourhood';
import { TeamMonthSummaries1764910000000 } from './migrations/1764910000000-team-month-summaries';
import { orderedTeamDirectoryMigration } from '@buurtvolk/team-directory';

export const activitiesDatabase: DatabaseDefinition = {
  entities: [Activity, HourEntry, AuditEntry],
  migrations: [
    CreateActivitiesSchema1764400000000,
    IndexActivitiesByNeighbourhood1764400100000,
    indexOutboxHistoryMigration(1764400200000),
    orderedTeamDirectoryMigration(1764400300000),
    catchUpMigration(1764400400000),
    TeamMonthSummaries1764910000000,
  ],
};
