import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration, entityVersionsMigration, indexOutboxHistoryMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { TeamCoach } from './coaches/team-coach.entity';
import { Membership } from './memberships/membership.entity';
import { CreateTeamsSchema1764201600000 } from './migrations/1764201600000-create-teams-schema';
import { CreateAuditLog1764288000000 } from './migrations/1764288000000-create-audit-log';
import { CreateEventTables1764300200000 } from './migrations/1764300200000-create-event-tables';
import { SeparateCoachesFromMembers1764800000000 } from './migrations/1764800000000-separate-coaches-from-members';
import { RememberRegistrations1764800200000 } from './migrations/1764800200000-remember-registrations';
import { NeighbourhoodRequests1764906000000 } from './migrations/1764906000000-neighbourhood-requests';
import { TeamPath1764907000000 } from './migrations/1764907000000-team-path';
import { NeighbourhoodScans1764908000000 } from './migrations/1764908000000-neighbourhood-scans';
import { Recruitment1764908100000 } from './migrations/1764908100000-recruitment';
import { TeamProposals1764909000000 } from './migrations/1764909000000-team-proposals';
import { RequestAnswerLanguage1764911200000 } from './migrations/1764911200000-request-answer-language';
import { Neighbourhood } from './neighbourhoods/neighbourhood.entity';
import { Partner } from './partners/partner.entity';
import { FollowUpMeasurement, TeamChecklistTick, TeamPhaseChange, TeamYearlyReview } from './path/team-path.entity';
import { TeamDecisionRuleRow, TeamProposal, TeamProposalVote } from './proposals/team-proposal.entity';
import { OutreachMoment, RecruitmentCandidate } from './recruitment/recruitment.entity';
import { NeighbourhoodRequest } from './requests/neighbourhood-request.entity';
import { CbsKeyFigure, NeighbourhoodScan } from './scans/neighbourhood-scan.entity';
import { Team } from './teams/team.entity';

export const teamsDatabase: DatabaseDefinition = {
  entities: [
    Neighbourhood,
    Team,
    Partner,
    Membership,
    TeamCoach,
    NeighbourhoodRequest,
    TeamPhaseChange,
    TeamChecklistTick,
    TeamYearlyReview,
    FollowUpMeasurement,
    CbsKeyFigure,
    NeighbourhoodScan,
    OutreachMoment,
    RecruitmentCandidate,
    TeamDecisionRuleRow,
    TeamProposal,
    TeamProposalVote,
    AuditEntry,
  ],
  migrations: [
    CreateTeamsSchema1764201600000,
    CreateAuditLog1764288000000,
    CreateEventTables1764300200000,
    indexOutboxHistoryMigration(1764300250000),
    SeparateCoachesFromMembers1764800000000,
    entityVersionsMigration(1764800100000),
    RememberRegistrations1764800200000,
    catchUpMigration(1764800300000),
    NeighbourhoodRequests1764906000000,
    TeamPath1764907000000,
    NeighbourhoodScans1764908000000,
    Recruitment1764908100000,
    TeamProposals1764909000000,
    RequestAnswerLanguage1764911200000,
  ],
};
