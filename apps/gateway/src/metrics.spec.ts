import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type RunningGateway, startGateway } from './gateway';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * What operators see: each service's /metrics after real traffic, the gateway's only on its own port, and every
 * metric the alert rules and the dashboard name exported by some service.
 */
const MONITORING = join(__dirname, '..', '..', '..', 'deploy', 'monitoring');
const TEAM_WITH_MEMBERS = `query TeamWithMembers($id: ID!) { team(id: $id) { name memberships { volunteer { displayName } } } }`;

let federation: TestFederation;
let gateway: RunningGateway;

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true });
  // A bucket of three requests that never refills, so the fourth request is refused.
  const tiny = { capacity: 3, refillPerSecond: 0.0001 };
  gateway = await startGateway({
    supergraphSdl: federation.supergraphSdl,
    port: 0,
    metricsPort: 0,
    rateLimit: { signedIn: tiny, anonymous: tiny },
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await federation?.stop();
});

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

/** The metric names a scrape declares (`# TYPE name kind`), with or without samples yet. */
function declared(text: string): Set<string> {
  return new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map(([, name]) => name));
}

function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** `buurtvolk_*` names in PromQL, with histogram suffixes taken back to the metric's own name. */
function metricsNamedIn(expressions: string[]): Set<string> {
  const names = expressions.flatMap((expression) => [...expression.matchAll(/\bbuurtvolk_[a-z0-9_]+/g)].map(([name]) => name));
  return new Set(names.map((name) => name.replace(/_(bucket|count|sum)$/, '')));
}

describe('metrics', () => {
  it('counts operations, subgraph fetches and refusals at the gateway, on its own port only', async () => {
    const admin = await bearerHeaders(testIdentities.admin());
    const team = (await postGraphQL(federation.gateway.url, { query: '{ teams(first: 1) { edges { node { id } } } }' }, admin)).data.teams
      .edges[0].node.id;
    for (let i = 0; i < 3; i++) {
      const answer = await postGraphQL(gateway.url, { query: TEAM_WITH_MEMBERS, variables: { id: team } }, admin);
      expect(answer.errors).toBeUndefined();
    }
    const refused = await fetch(gateway.url, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: TEAM_WITH_MEMBERS, variables: { id: team } }),
    });
    expect(refused.status).toBe(429);

    const text = await scrape(gateway.metricsUrl!);
    expect(sample(text, 'buurtvolk_graphql_requests_total{service="gateway",operation="TeamWithMembers",outcome="ok"}')).toBe(3);
    expect(sample(text, 'buurtvolk_rate_limit_refusals_total{caller="signed_in"}')).toBe(1);
    // A team and its members' names: the teams subgraph, then volunteers for the names.
    expect(sample(text, 'buurtvolk_subgraph_fetch_duration_seconds_count{subgraph="teams",outcome="2xx"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'buurtvolk_subgraph_fetch_duration_seconds_count{subgraph="volunteers",outcome="2xx"}')).toBeGreaterThanOrEqual(3);

    const publicPort = await fetch(new URL('/metrics', gateway.url));
    expect(await publicPort.text()).not.toContain('buurtvolk_');
  });

  it('shows each subgraph’s database pool, outbox, queues and dead letters', async () => {
    const teams = await scrape(new URL('/metrics', federation.teams.url).href);
    expect(sample(teams, 'buurtvolk_outbox_unpublished_events{service="teams"}')).toBeGreaterThanOrEqual(0);
    expect(sample(teams, 'buurtvolk_outbox_oldest_unpublished_age_seconds{service="teams"}')).toBeGreaterThanOrEqual(0);
    expect(sample(teams, 'buurtvolk_db_pool_connections{service="teams",state="total"}')).toBeGreaterThan(0);
    expect(sample(teams, 'buurtvolk_process_resident_memory_bytes{service="teams"}')).toBeGreaterThan(0);
    // Volunteers keeps a copy of the team directory from teams' events: its queues are there, drained or not.
    const volunteers = await scrape(new URL('/metrics', federation.volunteers!.url).href);
    expect(volunteers).toMatch(/^buurtvolk_event_queue_waiting\{service="volunteers",queue="volunteers\.TeamPlaced"\} \d+$/m);
    expect(declared(volunteers)).toContain('buurtvolk_dead_lettered_events');
  });

  it('exports every metric the alert rules and the dashboard name', async () => {
    const rules = parseYaml(readFileSync(join(MONITORING, 'alerts.yaml'), 'utf8')) as { groups: { rules: { expr: string }[] }[] };
    const dashboard = JSON.parse(readFileSync(join(MONITORING, 'grafana-dashboard.json'), 'utf8')) as {
      panels: { targets: { expr: string }[] }[];
    };
    const named = metricsNamedIn([
      ...rules.groups.flatMap((group) => group.rules.map((rule) => rule.expr)),
      ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr)),
    ]);
    expect(named.size).toBeGreaterThan(8);
    const exported = new Set(
      [
        await scrape(gateway.metricsUrl!),
        await scrape(new URL('/metrics', federation.teams.url).href),
        await scrape(new URL('/metrics', federation.volunteers!.url).href),
      ].flatMap((text) => [...declared(text)]),
    );
    expect([...named].filter((name) => !exported.has(name))).toEqual([]);
  });
});
