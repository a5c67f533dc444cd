import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, deliverEvent, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activitiesSubgraph } from '../../activities/src/subgraph';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * Monthly team summaries through the gateway: the coordinator writes the highlight and adds a photo of two members,
 * which shows only while both have PHOTOS consent (announced by the volunteers service); an admin publishes; partners
 * and anonymous callers see the published summary, its figures under the small-numbers rule, and no names.
 */
const STORE = mkdtempSync(join(tmpdir(), 'photo-store-'));
process.env.PHOTO_STORE_DIR = STORE;

let federation: TestFederation;
const TEAM = demoId('team:feijenoord');
const A = demoId('volunteer:feijenoord-04');
const B = demoId('volunteer:feijenoord-05');
const C = demoId('volunteer:feijenoord-06');
const admin = testIdentities.admin();
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:feijenoord-01'));
const memberA = testIdentities.volunteer(A, TEAM);
const memberB = testIdentities.volunteer(B, TEAM);
const partner = testIdentities.partner(demoId('partner:woonstad-rotterdam'));
/** Before the demo team started: no hours, so the count of people is 0 — a small number. */
const MONTH = '2021-01';

/** A 1×1 PNG: a photo as far as the magic bytes go. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f60000000049454e44ae426082',
  'hex',
);

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true });
}, 120_000);
afterAll(async () => {
  await federation?.stop();
  await rm(STORE, { recursive: true, force: true });
});

async function as(identity: Identity | null, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(federation.gateway.url, { query, variables }, identity ? await bearerHeaders(identity) : {});
}
async function data(identity: Identity | null, query: string, variables: Record<string, unknown> = {}) {
  const result = await as(identity, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const onGateway = (path: string) => new URL(path, federation.gateway.url).toString();

const WRITE = `mutation ($input: WriteTeamMonthSummaryInput!) { writeTeamMonthSummary(input: $input) { id status version } }`;
const ADD_PHOTO = `mutation ($input: RequestSummaryPhotoUploadInput!) { requestSummaryPhotoUpload(input: $input) { url method maxBytes photo { id } } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishTeamMonthSummary(id: $id, version: $version) { id status version } }`;
const CONSENT = `mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }`;
const WITHDRAW = `mutation ($input: ConsentInput!) { withdrawConsent(input: $input) { purpose } }`;
const SUMMARY = `query ($id: ID!, $month: String!) { team(id: $id) {
  monthSummary(month: $month) { id status highlightNl figures { approvedHours activitiesHeld residentsReached activeMembers }
    photos { id caption shown uploaded viewUrl people { id } } }
  monthSummaryText(month: $month)
  monthSummaryShareImage(month: $month) { contentType byteSize base64 } } }`;

const summaryAs = async (identity: Identity | null, month = MONTH) => (await data(identity, SUMMARY, { id: TEAM, month })).team;
const photosAs = async (identity: Identity | null, month = MONTH) => (await summaryAs(identity, month))?.monthSummary?.photos ?? [];

async function draftWithPhoto(month: string, people: string[]): Promise<{ summary: { id: string; version: number }; photoId: string }> {
  const { writeTeamMonthSummary: summary } = await data(coordinator, WRITE, {
    input: {
      teamId: TEAM,
      month,
      highlightNl: 'Met <twintig> buren & kinderen het plein schoongemaakt',
      highlightEn: 'Twenty neighbours cleaned the square',
    },
  });
  const { requestSummaryPhotoUpload: link } = await data(coordinator, ADD_PHOTO, {
    input: { summaryId: summary.id, caption: 'Op het plein', volunteerIds: people },
  });
  expect(link).toMatchObject({ method: 'PUT', maxBytes: 5 * 1024 * 1024 });
  expect(link.url).toMatch(/^\/uploads\/photos\//);
  const upload = await fetch(onGateway(link.url), { method: 'PUT', body: PNG, headers: { 'content-type': 'application/octet-stream' } });
  expect(upload.status).toBe(201);
  return { summary, photoId: link.photo.id };
}

describe('a monthly summary with a photo, from draft to published', () => {
  it('shows the photo only while everyone in it consents, publishes by an admin only, and shows partners and the public no names', async () => {
    const { summary, photoId } = await draftWithPhoto(MONTH, [A, B]);

    // Neither has PHOTOS consent: the coordinator sees the photo, not shown; the team's members do not see it at all.
    expect(await photosAs(coordinator)).toEqual([
      expect.objectContaining({
        id: photoId,
        shown: false,
        uploaded: true,
        viewUrl: null,
        people: expect.arrayContaining([{ id: A }, { id: B }]),
      }),
    ]);
    expect(await photosAs(memberA)).toEqual([]);

    // One of two consents: still not shown.
    await data(memberA, CONSENT, { input: { volunteerId: A, purpose: 'PHOTOS' } });
    await pollUntil(
      () => federation.activities!.dataSource.query(`SELECT 1 FROM volunteer_consents WHERE volunteer_id = $1 AND given`, [A]),
      (rows) => rows.length > 0,
    );
    expect((await photosAs(coordinator))[0].shown).toBe(false);

    // Both: shown, with a link that serves the file through the gateway.
    await data(memberB, CONSENT, { input: { volunteerId: B, purpose: 'PHOTOS' } });
    const shown = await pollUntil(
      () => photosAs(coordinator),
      (photos) => photos[0]?.shown === true,
    );
    expect(shown[0]).toMatchObject({ shown: true, viewUrl: expect.stringMatching(/^\/uploads\/photos\//) });
    const file = await fetch(onGateway(shown[0].viewUrl));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);

    // The draft is the team's: the public finds nothing yet.
    expect((await summaryAs(null)).monthSummary).toBeNull();
    expect((await summaryAs(partner)).monthSummary).toBeNull();

    // Coordinators write; only an admin publishes.
    const refused = await as(coordinator, PUBLISH, { id: summary.id, version: summary.version });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { publishTeamMonthSummary } = await data(admin, PUBLISH, { id: summary.id, version: summary.version });
    expect(publishTeamMonthSummary).toMatchObject({ status: 'PUBLISHED', version: summary.version + 1 });
    const stale = await as(coordinator, WRITE, {
      input: { teamId: TEAM, month: MONTH, highlightNl: 'Anders', version: summary.version + 1 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Partners and anonymous callers: the published summary, the small count hidden, the photo without who is in it.
    for (const caller of [partner, null]) {
      const team = await summaryAs(caller);
      expect(team.monthSummary).toMatchObject({ status: 'PUBLISHED', figures: { activeMembers: null } });
      expect(team.monthSummary.photos).toEqual([expect.objectContaining({ id: photoId, shown: true, people: null })]);
      expect(team.monthSummaryText).toContain('Met <twintig> buren & kinderen');
      expect(team.monthSummaryShareImage).toMatchObject({ contentType: 'image/png' });
      const png = Buffer.from(team.monthSummaryShareImage.base64, 'base64');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(JSON.stringify(team)).not.toContain(A);
      expect(JSON.stringify(team)).not.toContain(B);
    }
    expect((await summaryAs(coordinator)).monthSummary.figures.activeMembers).toBe(0);

    // A withdrawal takes the photo out of the published summary and its image at once, and its link stops working.
    const withImage = (await summaryAs(null)).monthSummaryShareImage.byteSize;
    await data(memberB, WITHDRAW, { input: { volunteerId: B, purpose: 'PHOTOS' } });
    expect(
      await pollUntil(
        () => photosAs(null),
        (photos) => photos.length === 0,
      ),
    ).toEqual([]);
    expect((await fetch(onGateway(shown[0].viewUrl))).status).toBe(404);
    expect((await summaryAs(null)).monthSummaryShareImage.byteSize).not.toBe(withImage);
    expect(await photosAs(coordinator)).toEqual([expect.objectContaining({ id: photoId, shown: false })]);
  });

  it('refuses a file that is not a JPEG or PNG, and one for a person outside the team', async () => {
    const { writeTeamMonthSummary: summary } = await data(coordinator, WRITE, {
      input: { teamId: TEAM, month: '2021-03', highlightNl: 'Een maand' },
    });
    const { requestSummaryPhotoUpload: link } = await data(coordinator, ADD_PHOTO, {
      input: { summaryId: summary.id, caption: 'Geen foto', volunteerIds: [] },
    });
    const refused = await fetch(onGateway(link.url), { method: 'PUT', body: Buffer.from('%PDF-1.4 not a photo at all') });
    expect(refused.status).toBe(415);
    const stranger = await as(coordinator, ADD_PHOTO, {
      input: { summaryId: summary.id, caption: 'Iemand anders', volunteerIds: [demoId('volunteer:charlois-03')] },
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('consent announced twice and out of order', () => {
  it('converges on the latest state whatever order the events arrive in', async () => {
    await draftWithPhoto('2021-02', [C]);
    const deliver = (given: boolean, version: number) =>
      federation.activities!.dataSource.transaction((manager) =>
        deliverEvent(activitiesSubgraph, manager, 'VolunteerConsentChanged', { volunteerId: C, purpose: 'PHOTOS', given, version }),
      );
    const shownNow = async () => (await photosAs(coordinator, '2021-02'))[0].shown;

    await deliver(true, 2);
    await deliver(false, 1); // older, arriving late
    await deliver(true, 2); // again
    expect(await shownNow()).toBe(true);

    await deliver(false, 3);
    await deliver(false, 3);
    await deliver(true, 2);
    expect(await shownNow()).toBe(false);
    // Another purpose does not stand in for PHOTOS.
    await federation.activities!.dataSource.transaction((manager) =>
      deliverEvent(activitiesSubgraph, manager, 'VolunteerConsentChanged', { volunteerId: C, purpose: 'CONTACT', given: true, version: 9 }),
    );
    expect(await shownNow()).toBe(false);
  });
});
