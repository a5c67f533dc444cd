import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration, entityVersionsMigration, indexOutboxHistoryMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { Consent } from './consents/consent.entity';
import { CreateVolunteersSchema1764300000000 } from './migrations/1764300000000-create-volunteers-schema';
import { CreateEventTables1764300100000 } from './migrations/1764300100000-create-event-tables';
import { CreateDirectoryTeams1764300300000 } from './migrations/1764300300000-create-directory-teams';
import { CreateWellbeingFigureVersions1764300400000 } from './migrations/1764300400000-create-wellbeing-figure-versions';
import { IndexHotPaths1764300800000 } from './migrations/1764300800000-index-hot-paths';
import { SocialAssistance1764901000000 } from './migrations/1764901000000-social-assistance';
import { LonelinessAndParticipation1764905000000 } from './migrations/1764905000000-loneliness-and-participation';
import { CheckReminders1764911100000 } from './migrations/1764911100000-check-reminders';
import { LonelinessCheck, ParticipationMove } from './outcomes/outcome.entities';
import { VolunteerStatusChange } from './volunteers/status-change.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { WellbeingCheck } from './wellbeing/wellbeing-check.entity';
import { orderedTeamDirectoryMigration } from '@buurtvolk/team-directory';

export const volunteersDatabase: DatabaseDefinition = {
  entities: [Volunteer, VolunteerStatusChange, Consent, WellbeingCheck, LonelinessCheck, ParticipationMove, AuditEntry],
  migrations: [
    CreateVolunteersSchema1764300000000,
    CreateEventTables1764300100000,
    CreateDirectoryTeams1764300300000,
    CreateWellbeingFigureVersions1764300400000,
    indexOutboxHistoryMigration(1764300500000),
    orderedTeamDirectoryMigration(1764300600000),
    catchUpMigration(1764300700000),
    IndexHotPaths1764300800000,
    SocialAssistance1764901000000,
    LonelinessAndParticipation1764905000000,
    // Numbers consent events per person and purpose (VolunteerConsentChanged), so consumers keep the latest.
    entityVersionsMigration(1764910100000),
    CheckReminders1764911100000,
  ],
};
