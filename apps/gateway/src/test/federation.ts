import { composeSupergraph } from '@buurtvolk/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../../../teams/src/subgraph';
import { type RunningGateway, startGateway } from '../gateway';
import { startTeamNotesSubgraph, type TeamNotesSubgraph } from './team-notes-subgraph';

export interface TestFederation {
  gateway: RunningGateway;
  teams: TestSubgraph;
  notes: TeamNotesSubgraph;
  supergraphSdl: string;
  stop(): Promise<void>;
}

/**
 * The real teams subgraph (demo data, own database) plus a small second subgraph that adds `Team.note`, composed
 * and served by the real gateway: enough to see how the gateway behaves when one of two subgraphs is down.
 */
export async function startTestFederation(): Promise<TestFederation> {
  const teams = await startTestSubgraph(teamsSubgraph, { seed: true });
  const notes = await startTeamNotesSubgraph();
  const supergraphSdl = composeSupergraph([
    { name: 'teams', url: teams.url, sdl: teams.sdl },
    { name: 'notes', url: notes.url, sdl: notes.sdl },
  ]);
  const gateway = await startGateway({ supergraphSdl, port: 0, connection: { timeoutMs: 2_000 } });
  return {
    gateway,
    teams,
    notes,
    supergraphSdl,
    stop: async () => {
      await gateway.stop();
      await notes.stop();
      await teams.destroy();
    },
  };
}
