import { generate } from '@graphql-codegen/cli';
import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { latestReplay } from '@buurtvolk/events';
import { issueDevToken } from '@buurtvolk/identity';
import { testIdentities } from '@buurtvolk/testing';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestFederation, type TestFederation } from '../../../apps/gateway/src/test/federation';
import { replayFinished } from '../../../apps/impact/src/test/impact-world';
import config from '../codegen';
import { createPartnerClient, PartnerApiError } from './client';
import { NeighbourhoodImpactDocument } from './gql/graphql';
import { neighbourhoodReports, summary } from './reports';

/** The starter's operations, run as a municipality would, through the real gateway over the demo data. */
const ROOT = join(__dirname, '..', '..', '..');
const year = Number(todayInAmsterdam().slice(0, 4));
const ROTTERDAM = testIdentities.partner(demoId('partner:gemeente-rotterdam'));
const ROTTERDAM_NEIGHBOURHOODS = ['Afrikaanderwijk', 'Charlois', 'Delfshaven', 'Feijenoord', 'Katendrecht'];

let federation: TestFederation;
/** Every raw answer body the gateway sent the client, as the partner's program received it. */
let answers: string[];

/** The real fetch, recording each answer's text. */
const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.text();
  answers.push(text);
  return new Response(text, { status: response.status, headers: response.headers });
};

async function partnerClient() {
  return createPartnerClient({ url: federation.gateway.url, token: await issueDevToken(ROTTERDAM), fetch: recordingFetch });
}

describe('the partner starter', () => {
  beforeAll(async () => {
    federation = await startTestFederation({ volunteers: true, activities: true, training: true, finance: true, impact: true });
    await replayFinished(federation.impact!.dataSource, (await latestReplay(federation.impact!.dataSource))!);
  }, 240_000);
  afterAll(() => federation?.stop());
  beforeEach(() => {
    answers = [];
  });

  it('gets a municipality its own neighbourhoods’ impact, hours per theme and CSV report, and nothing personal', async () => {
    const reports = await neighbourhoodReports(await partnerClient(), year);

    expect(reports.map(({ neighbourhood }) => neighbourhood.name).sort()).toEqual(ROTTERDAM_NEIGHBOURHOODS);
    const feijenoord = reports.find(({ neighbourhood }) => neighbourhood.name === 'Feijenoord')!;
    expect(feijenoord.neighbourhood.municipalityCode).toBe('GM0599');
    expect(feijenoord.impact!.totalHours).toBeGreaterThan(1000);
    expect(feijenoord.impact!.costBenefit.agreedReturns).toEqual([expect.objectContaining({ ratio: 1.9 })]);
    const themeHours = feijenoord.hoursByTheme.reduce((sum, theme) => sum + theme.hours, 0);
    expect(feijenoord.hoursByTheme.map(({ theme }) => theme)).toEqual(expect.arrayContaining(['NEIGHBOURHOOD', 'COMMUNITY']));
    expect(themeHours).toBeCloseTo(feijenoord.impact!.totalHours, 0);
    const themesCsv = feijenoord.csv.find(({ name }) => name === 'uren-per-thema')!;
    expect(themesCsv.content.replace(/^\uFEFF/, '').split('\n')[0]).toBe('Thema;Uren;Registraties');
    expect(summary(feijenoord)).toMatch(/^Feijenoord \(Rotterdam, GM0599\), \d{4}\n {2}hours: [\d.,]+\n/);

    // 1 list + 3 operations for each of the 5 neighbourhoods, each answered in full.
    expect(answers).toHaveLength(16);
    const everything = answers.join('\n');
    expect(everything).not.toContain('"errors"');
    const people: {
      id: string;
      display_name: string;
      given_name: string | null;
      family_name: string | null;
      email: string | null;
      phone: string | null;
    }[] = await federation.volunteers!.dataSource.query('SELECT id, display_name, given_name, family_name, email, phone FROM volunteers');
    expect(people.length).toBeGreaterThan(100);
    const personal = people.flatMap((person) =>
      [person.id, person.display_name, `${person.given_name} ${person.family_name}`, person.email, person.phone].filter(
        (value): value is string => !!value,
      ),
    );
    expect(personal.filter((value) => everything.includes(value))).toEqual([]);
    expect(everything).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
  });

  it('runs as `npm run partner-client`: prints each neighbourhood and writes its CSV tables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partner-client-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['tools/run-ts.js', 'examples/partner-client/src/main.ts', '--year', String(year), '--url', federation.gateway.url, '--out', dir],
        {
          cwd: ROOT,
          env: { ...process.env, BUURTVOLK_TOKEN: await issueDevToken(ROTTERDAM) },
        },
      );
      expect(stdout).toMatch(/^Feijenoord \(Rotterdam, GM0599\), \d{4}\n {2}hours: /m);
      expect(stdout).toContain(`wrote ${join(dir, 'feijenoord', `buurtvolk-neighbourhood-${year}-uren-per-thema.csv`)}`);
      expect(readdirSync(dir).sort()).toEqual(ROTTERDAM_NEIGHBOURHOODS.map((name) => name.toLowerCase()));
      expect(readFileSync(join(dir, 'charlois', `buurtvolk-neighbourhood-${year}-uren-per-thema.csv`), 'utf8')).toMatch(
        /^\uFEFF?Thema;Uren;Registraties\n/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives nothing about a neighbourhood the partner does not serve, and refuses a missing token', async () => {
    const request = await partnerClient();
    const elsewhere = await request(NeighbourhoodImpactDocument, { neighbourhoodId: demoId('neighbourhood:bouwlust'), year });
    expect(elsewhere.neighbourhood).toBeNull();

    const anonymous = createPartnerClient({ url: federation.gateway.url, token: 'not-a-token' });
    const refused = await anonymous(NeighbourhoodImpactDocument, { neighbourhoodId: demoId('neighbourhood:feijenoord'), year }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PartnerApiError);
    expect((refused as PartnerApiError).codes).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the generated client', () => {
  it('is what `npm run partner-client:codegen` makes from the committed supergraph', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs.filter(({ filename, content }) => {
      const path = join(ROOT, filename);
      return !existsSync(path) || readFileSync(path, 'utf8') !== content;
    });
    expect(stale.map(({ filename }) => filename)).toEqual([]);
  });
});
