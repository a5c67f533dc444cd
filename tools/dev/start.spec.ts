import { freePort } from '@buurtvolk/database';
import { pollUntil, postGraphQL } from '@buurtvolk/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pidListeningOn, waitForExit } from '../resilience/processes';
import { SUBGRAPHS } from '../subgraphs';

/**
 * `npm start` as a newcomer runs it: the embedded PostgreSQL (whatever DATABASE_URL says), demo data, the
 * subgraphs and the gateway; a service that dies comes back; Ctrl-C stops every process; a second start reuses
 * the data.
 */
const ROOT = join(__dirname, '..', '..');
let dataDir: string;
let ports: { postgres: number; gateway: number; subgraphs: Record<string, number> };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'buurtvolk-start-'));
  chmodSync(dataDir, 0o755);
  ports = { postgres: await freePort(), gateway: await freePort(), subgraphs: {} };
  for (const { definition } of SUBGRAPHS) ports.subgraphs[definition.name] = await freePort();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  token: string;
  url: string;
}

async function start(): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BUURTVOLK_DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_METRICS_PORT: String(await freePort()),
    // Every subgraph on a free port, so that a running `npm start` on the standard ports does not interfere.
    ...Object.fromEntries(Object.entries(ports.subgraphs).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])),
  };
  delete env.DATABASE_URL;
  // Its own process group, so that a Ctrl-C can be sent to all of it as a terminal does.
  const child = spawn(process.execPath, ['tools/run-ts.js', 'tools/dev/start.ts'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Press Ctrl-C')) {
        clearInterval(timer);
        resolve();
      }
    }, 200);
    child.once('exit', () => {
      clearInterval(timer);
      reject(new Error(`npm start exited early:\n${output}`));
    });
  });
  const token = /\n(eyJ[\w.-]+)\n/.exec(output)?.[1];
  if (!token) throw new Error(`No token in the welcome text:\n${output}`);
  return { child, output: () => output, token, url: `http://localhost:${ports.gateway}/graphql` };
}

async function pressCtrlC(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  process.kill(-started.child.pid!, 'SIGINT');
  return exited;
}

async function isListening(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/health/live`).then(
    () => true,
    () => false,
  );
}

describe('npm start', () => {
  it('runs the federation on the embedded PostgreSQL, stops cleanly on Ctrl-C, and keeps the data for the next start', async () => {
    const first = await start();
    const portalUrl = `http://localhost:${ports.gateway}/`;
    // The portal's URL comes first: it is the one a person opens.
    expect(first.output().indexOf(`Portal:   ${portalUrl}`)).toBeGreaterThan(-1);
    expect(first.output().indexOf(`Portal:   ${portalUrl}`)).toBeLessThan(first.output().indexOf(`Gateway:  ${first.url}`));
    const portalPage = await fetch(`${portalUrl}uren`, { headers: { accept: 'text/html' } });
    expect(portalPage.status).toBe(200);
    expect(await portalPage.text()).toContain('<div id="root">');
    expect(await (await fetch(`${portalUrl}portal/config`)).json()).toEqual({ signIn: { kind: 'development' } });
    const headers = { authorization: `Bearer ${first.token}` };
    const teams = await postGraphQL(first.url, { query: '{ teams { totalCount } }' }, headers);
    expect(teams.data).toEqual({ teams: { totalCount: 9 } });

    const neighbourhoods = await postGraphQL(first.url, { query: '{ neighbourhoods(city: "Leiden") { id } }' }, headers);
    const created = await postGraphQL(
      first.url,
      {
        query: 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
        variables: {
          input: {
            name: 'Buurtvolk Leiden-Noord 2',
            neighbourhoodId: neighbourhoods.data.neighbourhoods[0].id,
            startsOn: '2026-01-01',
            commitmentEndsOn: '2031-01-01',
          },
        },
      },
      headers,
    );
    expect(created.errors).toBeUndefined();

    expect(await pressCtrlC(first)).toBe(0);
    expect(await isListening(ports.gateway)).toBe(false);
    for (const port of Object.values(ports.subgraphs)) expect(await isListening(port)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start();
    const again = await postGraphQL(
      second.url,
      { query: '{ teams(city: "Leiden") { totalCount edges { node { name } } } }' },
      { authorization: `Bearer ${second.token}` },
    );
    expect(again.data.teams.totalCount).toBe(2);

    // A subgraph killed outright: the rest stays up, and npm start brings it back.
    const killed = pidListeningOn(ports.subgraphs.teams)!;
    expect(killed).toBeGreaterThan(0);
    process.kill(killed, 'SIGKILL');
    expect(await waitForExit(killed, 5_000)).toBeDefined();
    const whileDown = await postGraphQL(second.url, { query: '{ teams { totalCount } }' }, { authorization: `Bearer ${second.token}` });
    expect(whileDown.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const back = await pollUntil(
      () => postGraphQL(second.url, { query: '{ teams { totalCount } }' }, { authorization: `Bearer ${second.token}` }),
      (result) => result.data?.teams?.totalCount === 10,
      60_000,
    );
    expect(back.data).toEqual({ teams: { totalCount: 10 } });
    expect(second.output()).toContain('[teams] stopped unexpectedly (SIGKILL); restarting in 1 s');
    expect(pidListeningOn(ports.subgraphs.teams)).not.toBe(killed);

    expect(await pressCtrlC(second)).toBe(0);
    expect(await isListening(ports.gateway)).toBe(false);
    for (const port of Object.values(ports.subgraphs)) expect(await isListening(port)).toBe(false);
  }, 240_000);
});
