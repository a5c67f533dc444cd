import type { Row } from '../matrix';
import { activityRows } from './activities';
import { financeRows } from './finance';
import { impactRows } from './impact';
import { referenceRows } from './references';
import { scanRecruitmentRows } from './scan-recruitment';
import { teamRows } from './teams';
import { trainingRows } from './training';
import { volunteerRows } from './volunteers';
import { messagesRows } from './messages';
import { monthSummaryRows } from './month-summaries';
import { proposalRows } from './proposals';

/** Every row of the matrix, by the subgraph that decides it; fields about a person reached through others apart. */
export const ROWS: Record<string, Row<any>[]> = {
  teams: teamRows,
  'teams: scans and recruitment': scanRecruitmentRows,
  volunteers: volunteerRows,
  activities: activityRows,
  training: trainingRows,
  finance: financeRows,
  impact: impactRows,
  messages: messagesRows,
  'monthly summaries (activities)': monthSummaryRows,
  'deciding together (teams and finance)': proposalRows,
  'a person through another subgraph': referenceRows,
};
