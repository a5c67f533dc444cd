import { composeSupergraph } from '@buurtvolk/subgraph-kit';
import { startTestEventBus, startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../../../activities/src/subgraph';
import { financeSubgraph } from '../../../finance/src/subgraph';
import { impactSubgraph } from '../../../impact/src/subgraph';
import { teamsSubgraph } from '../../../teams/src/subgraph';
import { trainingSubgraph } from '../../../training/src/subgraph';
import { volunteersSubgraph } from '../../../volunteers/src/subgraph';
import { type RunningGateway, startGateway } from '../gateway';
import { startTeamNotesSubgraph, type TeamNotesSubgraph } from './team-notes-subgraph';

export interface TestFederation {
  gateway: RunningGateway;
  teams: TestSubgraph;
  volunteers?: TestSubgraph;
  activities?: TestSubgraph;
  training?: TestSubgraph;
  finance?: TestSubgraph;
  impact?: TestSubgraph;
  notes: TeamNotesSubgraph;
  supergraphSdl: string;
  stop(): Promise<void>;
}

/**
 * The real teams subgraph (demo data, own database) plus a small second subgraph that adds `Team.note`, composed
 * and served by the real gateway: enough to see how the gateway behaves when one of two subgraphs is down. With
 * `volunteers`, `activities`, `training`, `finance` or `impact`, those subgraphs join, and all exchange domain events
 * over a real event bus.
 */
export async function startTestFederation(options: { volunteers?: boolean; activities?: boolean; training?: boolean; finance?: boolean; impact?: boolean } = {}): Promise<TestFederation> {
  const bus = options.volunteers || options.activities || options.training || options.finance || options.impact ? await startTestEventBus() : undefined;
  const teams = await startTestSubgraph(teamsSubgraph, { seed: true, bus });
  const volunteers = options.volunteers ? await startTestSubgraph(volunteersSubgraph, { seed: true, bus }) : undefined;
  const activities = options.activities ? await startTestSubgraph(activitiesSubgraph, { seed: true, bus }) : undefined;
  const training = options.training ? await startTestSubgraph(trainingSubgraph, { seed: true, bus }) : undefined;
  const finance = options.finance ? await startTestSubgraph(financeSubgraph, { seed: true, bus }) : undefined;
  // Last, so the producers have seeded their history before impact asks for a replay of it.
  const impact = options.impact ? await startTestSubgraph(impactSubgraph, { seed: true, bus }) : undefined;
  const notes = await startTeamNotesSubgraph();
  const supergraphSdl = composeSupergraph([
    { name: 'teams', url: teams.url, sdl: teams.sdl },
    ...(volunteers ? [{ name: 'volunteers', url: volunteers.url, sdl: volunteers.sdl }] : []),
    ...(activities ? [{ name: 'activities', url: activities.url, sdl: activities.sdl }] : []),
    ...(training ? [{ name: 'training', url: training.url, sdl: training.sdl }] : []),
    ...(finance ? [{ name: 'finance', url: finance.url, sdl: finance.sdl }] : []),
    ...(impact ? [{ name: 'impact', url: impact.url, sdl: impact.sdl }] : []),
    { name: 'notes', url: notes.url, sdl: notes.sdl },
  ]);
  const gateway = await startGateway({ supergraphSdl, port: 0, connection: { timeoutMs: 2_000 } });
  return {
    gateway,
    teams,
    volunteers,
    activities,
    training,
    finance,
    impact,
    notes,
    supergraphSdl,
    stop: async () => {
      await gateway.stop();
      await notes.stop();
      await impact?.destroy();
      await finance?.destroy();
      await training?.destroy();
      await activities?.destroy();
      await volunteers?.destroy();
      await teams.destroy();
      await bus?.stop();
    },
  };
}
