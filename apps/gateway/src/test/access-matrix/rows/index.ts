import type { Row } from '../matrix';
import { activityRows } from './activities';
import { financeRows } from './finance';
import { impactRows } from './impact';
import { referenceRows } from './references';
import { teamRows } from './teams';
import { trainingRows } from './training';
import { volunteerRows } from './volunteers';
import { messagesRows } from './messages';

/** Every row of the matrix, by the subgraph that decides it; fields about a person reached through others apart. */
export const ROWS: Record<string, Row<any>[]> = {
  teams: teamRows,
  volunteers: volunteerRows,
  activities: activityRows,
  training: trainingRows,
  finance: financeRows,
  impact: impactRows,
  messages: messagesRows,
  'a person through another subgraph': referenceRows,
};
