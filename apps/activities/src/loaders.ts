import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Activity } from './activities/activity.entity';

export function createLoaders(dataSource: DataSource) {
  return {
    activity: byIdLoader(dataSource, Activity),
    signUps: new DataLoader<string, string[]>(async (activityIds) => {
      const rows: { activityId: string; volunteerId: string }[] = await dataSource.query(
        'SELECT activity_id AS "activityId", volunteer_id AS "volunteerId" FROM sign_ups WHERE activity_id = ANY($1) ORDER BY signed_up_at',
        [activityIds],
      );
      return groupInto(activityIds, rows, (row) => row.activityId).map((signUps) => signUps.map((row) => row.volunteerId));
    }),
  };
}

export type ActivitiesLoaders = ReturnType<typeof createLoaders>;
