import { type EventBus, latestReplay, replayStatus } from '@buurtvolk/events';
import { eventually, startTestEventBus, startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import type { DataSource } from 'typeorm';
import { activitiesSubgraph } from '../../../activities/src/subgraph';
import { financeSubgraph } from '../../../finance/src/subgraph';
import { teamsSubgraph } from '../../../teams/src/subgraph';
import { trainingSubgraph } from '../../../training/src/subgraph';
import { volunteersSubgraph } from '../../../volunteers/src/subgraph';
import { READ_MODEL_TABLES } from '../read-model/projection';
import { impactSubgraph } from '../subgraph';

export interface ImpactWorld {
  bus: EventBus;
  producers: Record<'teams' | 'volunteers' | 'activities' | 'training' | 'finance', TestSubgraph>;
  impact: TestSubgraph;
  stop(): Promise<void>;
}

/**
 * Every producing service with its demo data and the impact service, on one real event bus: impact hears nothing
 * but their events, and gets the demo history by the replay it asks for on its first start.
 */
export async function startImpactWorld(): Promise<ImpactWorld> {
  const bus = await startTestEventBus();
  const [teams, volunteers, activities, training, finance] = await Promise.all(
    [teamsSubgraph, volunteersSubgraph, activitiesSubgraph, trainingSubgraph, financeSubgraph].map((definition) =>
      startTestSubgraph(definition, { seed: true, bus }),
    ),
  );
  const impact = await startTestSubgraph(impactSubgraph, { seed: true, bus });
  await replayFinished(impact.dataSource, (await latestReplay(impact.dataSource))!);
  return {
    bus,
    producers: { teams, volunteers, activities, training, finance },
    impact,
    stop: async () => {
      await Promise.all([impact, teams, volunteers, activities, training, finance].map((subgraph) => subgraph.destroy()));
      await bus.stop();
    },
  };
}

/** Waits until every source has delivered its whole history for a replay request. */
export async function replayFinished(dataSource: DataSource, requestId: string, timeoutMs = 120_000): Promise<void> {
  await eventually(async () => {
    const status = await replayStatus(dataSource, requestId);
    return status.length > 0 && status.every((source) => source.finishedAt !== null);
  }, timeoutMs);
}

/** The read model's rows, in a stable order, to compare a rebuilt model with the live one. */
export async function readModelSnapshot(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of READ_MODEL_TABLES) snapshot[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${table}::text`);
  return snapshot;
}
