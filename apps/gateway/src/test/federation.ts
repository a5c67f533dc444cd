import { composeSupergraph, type SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { startTestEventBus, startTestSubgraph, type TestEventBus, type TestSubgraph } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../../../activities/src/subgraph';
import { financeSubgraph } from '../../../finance/src/subgraph';
import { impactSubgraph } from '../../../impact/src/subgraph';
import { teamsSubgraph } from '../../../teams/src/subgraph';
import { trainingSubgraph } from '../../../training/src/subgraph';
import { volunteersSubgraph } from '../../../volunteers/src/subgraph';
import { messagesSubgraph } from '../../../messages/src/subgraph';
import { type RunningGateway, startGateway } from '../gateway';
import { startTeamNotesSubgraph, type TeamNotesSubgraph } from './team-notes-subgraph';

/** The producing subgraphs a test can add to teams, in the order they are composed. */
const OPTIONAL_PRODUCERS = [
  { name: 'volunteers', definition: volunteersSubgraph },
  { name: 'activities', definition: activitiesSubgraph },
  { name: 'training', definition: trainingSubgraph },
  { name: 'finance', definition: financeSubgraph },
  { name: 'messages', definition: messagesSubgraph },
] as const satisfies readonly { name: string; definition: SubgraphDefinition<any> }[];

/** Rate limiting stays on, as in production, but far above what any test sends; rate-limit tests start their own gateways. */
const GENEROUS_RATE_LIMIT = {
  signedIn: { capacity: 100_000, refillPerSecond: 10_000 },
  anonymous: { capacity: 100_000, refillPerSecond: 10_000 },
};

type OptionalSubgraph = (typeof OPTIONAL_PRODUCERS)[number]['name'] | 'impact';

export type TestFederationOptions = Partial<Record<OptionalSubgraph, boolean>> & {
  /** How long the gateway waits for a subgraph; short by default, so outage tests finish quickly. */
  subgraphTimeoutMs?: number;
};

export interface TestFederation {
  gateway: RunningGateway;
  teams: TestSubgraph;
  volunteers?: TestSubgraph;
  activities?: TestSubgraph;
  training?: TestSubgraph;
  finance?: TestSubgraph;
  impact?: TestSubgraph;
  messages?: TestSubgraph;
  notes: TeamNotesSubgraph;
  /** The event bus, when producers joined: for a test that looks at queues or schedules. */
  bus?: TestEventBus;
  supergraphSdl: string;
  stop(): Promise<void>;
}

/**
 * The real teams subgraph (demo data, own database) plus a small second subgraph that adds `Team.note`, composed
 * and served by the real gateway: enough to see how the gateway behaves when one of two subgraphs is down. With
 * `volunteers`, `activities`, `training`, `finance` or `impact`, those subgraphs join, and all exchange domain events
 * over a real event bus.
 */
export async function startTestFederation(options: TestFederationOptions = {}): Promise<TestFederation> {
  const producers = OPTIONAL_PRODUCERS.filter(({ name }) => options[name]);
  const bus = producers.length > 0 || options.impact ? await startTestEventBus() : undefined;
  const start = (definition: SubgraphDefinition<any>) => startTestSubgraph(definition, { seed: true, bus });
  // Each seeds its own database, and its seeded history is in its outbox as already published: they start together.
  const [teams, ...started] = await Promise.all([teamsSubgraph, ...producers.map(({ definition }) => definition)].map(start));
  // Last, so the producers have seeded their history before impact asks for a replay of it.
  const impact = options.impact ? await start(impactSubgraph) : undefined;
  const notes = await startTeamNotesSubgraph();

  const subgraphs = [teams, ...started, ...(impact ? [impact] : [])];
  const supergraphSdl = composeSupergraph([
    ...subgraphs.map(({ name, url, sdl }) => ({ name, url, sdl })),
    { name: 'notes', url: notes.url, sdl: notes.sdl },
  ]);
  const gateway = await startGateway({
    supergraphSdl,
    port: 0,
    connection: { timeoutMs: options.subgraphTimeoutMs ?? 2_000 },
    rateLimit: GENEROUS_RATE_LIMIT,
  });
  const joined: Partial<Record<OptionalSubgraph, TestSubgraph>> = Object.fromEntries(
    subgraphs.slice(1).map((subgraph) => [subgraph.name, subgraph]),
  );
  return {
    gateway,
    teams,
    ...joined,
    notes,
    bus,
    supergraphSdl,
    stop: async () => {
      await gateway.stop();
      await notes.stop();
      await Promise.all(subgraphs.map((subgraph) => subgraph.destroy()));
      await bus?.stop();
    },
  };
}
