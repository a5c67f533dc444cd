import { isUuid } from '@buurtvolk/domain';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
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
    activity: new DataLoader<string, Activity | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Activity).findBy({ id: In(valid) }) : [];
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    signUps: signUpsOf,
    signUpCount: new DataLoader<string, number>(async (ids) => Promise.all(ids.map(async (id) => (await signUpsOf.load(id)).length))),
  };
}

export type ActivitiesLoaders = ReturnType<typeof createLoaders>;
