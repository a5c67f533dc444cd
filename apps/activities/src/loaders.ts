import { byIdLoader } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Activity } from './activities/activity.entity';

export function createLoaders(dataSource: DataSource) {
  const signUpsOf = new DataLoader<string, string[]>(async (activityIds) => {
    const rows: { activityId: string; volunteerId: string }[] = await dataSource.query(
      'SELECT activity_id AS "activityId", volunteer_id AS "volunteerId" FROM sign_ups WHERE activity_id = ANY($1) ORDER BY signed_up_at',
      [activityIds],
    );
    return activityIds.map((id) => rows.filter((row) => row.activityId === id).map((row) => row.volunteerId));
  });
  return {
    activity: byIdLoader(dataSource, Activity),
    signUps: signUpsOf,
    signUpCount: new DataLoader<string, number>(async (ids) => Promise.all(ids.map(async (id) => (await signUpsOf.load(id)).length))),
  };
}

export type ActivitiesLoaders = ReturnType<typeof createLoaders>;
