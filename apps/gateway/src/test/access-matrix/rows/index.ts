import type { Row } from '../matrix';
import { activityRows } from './activities';
import { financeRows } from './finance';
import { impactRows } from './impact';
import { referenceRows } from './references';
import { teamRows } from './teams';
import { trainingRows } from './training';
import { volunteerRows } from './volunteers';

/** Every row of the matrix, by the subgraph that decides it; fields about a person reached through others apart. */
export const ROWS: Record<string, Row<any>[]> = {
  teams: teamRows,
  volunteers: volunteerRows,
  activities: activityRows,
  training: trainingRows,
  finance: financeRows,
  impact: impactRows,
  'a person through another subgraph': referenceRows,
};
