/// <reference lib="dom" />
/**
 * `npm run bench:portal [-- --runs 5 --scale national|demo --base http://localhost:4000]`: what a person's browser
 * does with the portal of a running stack (`npm start`; with `npm run seed -- --scale national` first for the national
 * data set). Debian's Chromium, a fresh profile per run (nothing cached), prints per page:
 *   - JavaScript loaded to draw it (bytes, and gzipped as a web server sends it), target: volunteer home ≤ 200 KB gzipped
 *   - time until it is interactive (its heading drawn, nothing still loading), target: home and register hours ≤ 1.5 s
 *   - GraphQL requests it made to draw, target: at most 3 for every page
 * Exit code 2 when a target is missed, 1 when a page fails. Localhost only.
 */
import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { type Identity, issueDevToken, Role } from '@buurtvolk/identity';
import { type Browser, chromium, type Page } from '@playwright/test';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureChromium } from '../e2e/ensure-chromium';
import { benchmarkSubjects, planNationalData, SCALES } from '../seed/national-data';
import { summarise } from './stats';

const TARGETS = { homeJsGzipBytes: 200 * 1024, interactiveMs: 1_500, graphqlRequests: 3 };
const VOLUNTEER_PAGES = ['/', '/uren', '/activiteiten', '/training', '/ik'];
const COORDINATOR_PAGES = ['/team', '/team/uren', '/team/plannen', '/team/geld'];
const TIMED_PAGES = new Set(['/', '/uren']);

interface PageMeasurement {
  interactiveMs: number;
  graphqlRequests: number;
  jsBytes: number;
  jsGzipBytes: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      scale: { type: 'string', default: 'national' },
      base: { type: 'string', default: 'http://localhost:4000' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error('--runs must be 1 to 50');
  const base = new URL(values.base!);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) throw new Error('--base must be a localhost URL');
  const { volunteer, coordinator } = await identities(values.scale!);

  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let missed = false;
  try {
    console.log(`Portal at ${base.origin}, ${values.scale} data set, ${runs} cold loads per page (median / worst):\n`);
    console.log('page                 interactive ms     GraphQL requests   JS KB (gzipped)');
    for (const [identity, paths] of [
      [volunteer, VOLUNTEER_PAGES],
      [coordinator, COORDINATOR_PAGES],
    ] as const) {
      const token = await issueDevToken(identity);
      for (const path of paths) {
        const measurements: PageMeasurement[] = [];
        for (let run = 0; run < runs; run += 1) measurements.push(await measure(browser, base.origin, path, token));
        const time = { ...summarise(measurements.map((m) => m.interactiveMs)), max: Math.max(...measurements.map((m) => m.interactiveMs)) };
        const requests = Math.max(...measurements.map((m) => m.graphqlRequests));
        const js = measurements[measurements.length - 1];
        const label = `${identity.role === Role.VOLUNTEER ? 'volunteer' : 'coordinator'} ${path}`;
        const timeMissed = TIMED_PAGES.has(path) && identity.role === Role.VOLUNTEER && time.median > TARGETS.interactiveMs;
        const requestsMissed = requests > TARGETS.graphqlRequests;
        const jsMissed = path === '/' && identity.role === Role.VOLUNTEER && js.jsGzipBytes > TARGETS.homeJsGzipBytes;
        missed ||= timeMissed || requestsMissed || jsMissed;
        console.log(
          `${label.padEnd(20)} ${`${Math.round(time.median)} / ${Math.round(time.max)}`.padStart(11)}${timeMissed ? ' !' : '  '}    ${String(requests).padStart(8)}${requestsMissed ? ' !' : '  '}        ${kb(js.jsBytes).padStart(6)} (${kb(js.jsGzipBytes)})${jsMissed ? ' !' : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    `\nTargets: volunteer home ≤ ${kb(TARGETS.homeJsGzipBytes)} KB gzipped JavaScript; home and /uren interactive ≤ ${TARGETS.interactiveMs} ms (median); ≤ ${TARGETS.graphqlRequests} GraphQL requests per page. "!" marks a miss.`,
  );
  return missed ? 2 : 0;
}

/** One cold load of a page, signed in: a fresh browser context holds nothing from the run before. */
async function measure(browser: Browser, origin: string, path: string, token: string): Promise<PageMeasurement> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript((accessToken) => sessionStorage.setItem('buurtvolk.session', accessToken), token);
  const page = await context.newPage();
  let graphqlRequests = 0;
  const scripts: Promise<Buffer>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests += 1;
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  try {
    await page.goto(`${origin}${path}`);
    await waitUntilInteractive(page, path);
    const interactiveMs = await page.evaluate(() => performance.now());
    // Requests that start right after drawing (a second query a page makes) still count as drawing it.
    await page.waitForTimeout(500);
    const bodies = await Promise.all(scripts);
    return {
      interactiveMs,
      graphqlRequests,
      jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
  } finally {
    await context.close();
  }
}

/** Interactive: the page's own heading is drawn and nothing on it is still loading. */
async function waitUntilInteractive(page: Page, path: string): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('.loading'), undefined, {
    timeout: 30_000,
  });
  const problem = await page
    .locator('[role="alert"]')
    .first()
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (problem) throw new Error(`${path} shows a problem: ${problem}`);
}

async function identities(scale: string): Promise<{ volunteer: Identity; coordinator: Identity }> {
  if (scale === 'demo') {
    const teamIds = [demoId('team:feijenoord')];
    return {
      volunteer: { subject: 'bench-volunteer', role: Role.VOLUNTEER, teamIds, volunteerId: demoId('volunteer:feijenoord-02') },
      coordinator: { subject: 'bench-coordinator', role: Role.COORDINATOR, teamIds, volunteerId: demoId('volunteer:feijenoord-01') },
    };
  }
  if (scale !== 'national' && scale !== 'small') throw new Error('--scale must be national, small or demo');
  const { team, coordinator, volunteer } = benchmarkSubjects(planNationalData(SCALES[scale], todayInAmsterdam()));
  return {
    volunteer: { subject: 'bench-volunteer', role: Role.VOLUNTEER, teamIds: [team.teamId], volunteerId: volunteer.volunteerId },
    coordinator: { subject: 'bench-coordinator', role: Role.COORDINATOR, teamIds: [team.teamId], volunteerId: coordinator.volunteerId },
  };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
