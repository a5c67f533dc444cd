import { demoId } from '@buurtvolk/domain';
import type { DomainEvent, EventPayload, EventType } from '@buurtvolk/events';
import { createLogger, sealContact } from '@buurtvolk/subgraph-kit';
import { deliverDomainEvent, deliverEvent, startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { teamsSubgraph } from '../../../teams/src/subgraph';
import { deleteExpiredContactData } from '../../../teams/src/requests/neighbourhood-request.service';
import { type MailCatcher, startMailCatcher } from '../mail/mail-catcher';
import type { MailTransport } from '../mail/mail-transport';
import { messagesSubgraph } from '../subgraph';
import { sendDueMessages } from './message-sender';

/**
 * The two messages made from events that are not about money or hours: a wellbeing or loneliness check that fell due
 * (CheckDue from volunteers' daily job) and the answer to a request for a team (NeighbourhoodRequestAnswered, recorded
 * by the real teams service as an admin follows the request up, and carried over as its outbox holds it).
 */
let messages: TestSubgraph;
let teams: TestSubgraph;
let catcher: MailCatcher;
let transport: MailTransport;
const logger = createLogger('messages-test', 'silent');

const TEAM = demoId('team:feijenoord');
const ANNA = demoId('volunteer:feijenoord-03');
const BOB = demoId('volunteer:feijenoord-04');
const ADDRESS: Record<string, string> = { [ANNA]: 'anna@example.org', [BOB]: 'bob@example.org' };
const anna = testIdentities.volunteer(ANNA, TEAM);
const bob = testIdentities.volunteer(BOB, TEAM);
const admin = testIdentities.admin();

const SET = `mutation ($input: SetMessagePreferencesInput!) { setMessagePreferences(input: $input) { language enabledKinds } }`;
const REQUEST = `mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }`;
const LIST = `{ neighbourhoodRequests { id postcode version language } }`;
const FOLLOW_UP = `mutation ($input: FollowUpNeighbourhoodRequestInput!) { followUpNeighbourhoodRequest(input: $input) { status version } }`;

function deliver<K extends EventType>(type: K, payload: EventPayload<K>, id: string = randomUUID()): Promise<string> {
  return messages.dataSource.transaction((manager) => deliverEvent(messagesSubgraph, manager, type, payload, { id })).then(() => id);
}

const sendAll = () => sendDueMessages(messages.dataSource, transport, logger, { env: { PORTAL_URL: 'https://portaal.buurtvolk.nl' } });

beforeAll(async () => {
  [messages, teams] = await Promise.all([startTestSubgraph(messagesSubgraph), startTestSubgraph(teamsSubgraph, { seed: true })]);
  catcher = await startMailCatcher();
  transport = createTransport(catcher.url);
  for (const [volunteerId, email] of Object.entries(ADDRESS)) await deliver('VolunteerContactChanged', sealContact(volunteerId, 2, email));
  expect((await messages.query(SET, { input: { language: 'EN', enabledKinds: ['CHECKS_DUE'] } }, bob)).errors).toBeUndefined();
}, 60_000);
afterAll(async () => {
  await Promise.all([messages?.destroy(), teams?.destroy()]);
  await catcher?.close();
});
beforeEach(() => {
  catcher.mails.length = 0;
});

describe('a wellbeing check or questionnaire due', () => {
  const LINK = 'https://portaal.buurtvolk.nl/vragenlijsten';

  it('tells the person which check, from when and where to fill it in, in Dutch', async () => {
    await deliver('CheckDue', { volunteerId: ANNA, check: 'WELLBEING', dueOn: '2026-12-03' });
    expect(await sendAll()).toMatchObject({ sent: 1 });
    const [mail] = catcher.mails;
    expect(mail.to).toEqual([ADDRESS[ANNA]]);
    expect(mail.subject).toBe('Tijd voor je welzijnscheck');
    for (const text of ['elk half jaar', '3 december 2026', LINK]) expect(mail.text).toContain(text);
    // Nobody else's address or id, no ids at all, and nothing of earlier answers (no scores, no domains).
    expect(mail.raw).not.toContain(ADDRESS[BOB]);
    expect(mail.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(mail.text).not.toMatch(/score|sociaal netwerk|zingeving|gezondheid|\b[0-9]+\/10\b/i);
  });

  it('in English for a person who chose it, naming the loneliness questionnaire', async () => {
    await deliver('CheckDue', { volunteerId: BOB, check: 'LONELINESS', dueOn: '2027-01-15' });
    await sendAll();
    expect(catcher.mails.map((mail) => [mail.to, mail.subject])).toEqual([
      [[ADDRESS[BOB]], 'Time for your loneliness questionnaire (De Jong Gierveld)'],
    ]);
    expect(catcher.mails[0].text).toContain('every year');
    expect(catcher.mails[0].text).toContain('15 January 2027');
    expect(catcher.mails[0].raw).not.toContain(ADDRESS[ANNA]);
  });

  it('sends one mail for an event delivered twice', async () => {
    const payload = { volunteerId: ANNA, check: 'LONELINESS', dueOn: '2026-12-04' };
    const id = await deliver('CheckDue', payload);
    await deliver('CheckDue', payload, id);
    await sendAll();
    await deliver('CheckDue', payload, id);
    await sendAll();
    expect(catcher.mails).toHaveLength(1);
  });

  it('sends nothing to a person who turned the kind off', async () => {
    expect((await messages.query(SET, { input: { language: 'NL', enabledKinds: ['HOURS'] } }, anna)).errors).toBeUndefined();
    await deliver('CheckDue', { volunteerId: ANNA, check: 'WELLBEING', dueOn: '2027-06-03' });
    expect(await sendAll()).toEqual({ sent: 0, skipped: 0, failed: 0, dead: 0 });
    expect(catcher.mails).toHaveLength(0);
    await messages.query(
      SET,
      { input: { language: 'NL', enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS', 'CHECKS_DUE'] } },
      anna,
    );
  });
});

describe('a request for a team answered', () => {
  const form = (postcode: string, changes: Record<string, unknown> = {}) => ({
    postcode,
    requesterKind: 'RESIDENT',
    reason: 'Veel eenzame ouderen in onze straat en geen buurthuis meer.',
    contactName: 'Fatima El Amrani',
    contactEmail: `fatima-${postcode}@example.org`,
    consentToContact: true,
    ...changes,
  });

  async function submit(postcode: string, changes: Record<string, unknown> = {}) {
    expect((await teams.query(REQUEST, { input: form(postcode, changes) }, null)).errors).toBeUndefined();
    const { neighbourhoodRequests } = (await teams.query(LIST, {}, admin)).data;
    return neighbourhoodRequests.find((request: { postcode: string }) => request.postcode === postcode);
  }

  async function followUp(id: string, version: number, status: string, extra: Record<string, unknown> = {}) {
    const answer = await teams.query(FOLLOW_UP, { input: { id, version, status, ...extra } }, admin);
    expect(answer.errors).toBeUndefined();
    return answer.data.followUpNeighbourhoodRequest.version as number;
  }

  /** Teams' recorded events of these types not carried over yet, in order: what its relay would publish. */
  const carried = new Set<string>();
  async function carryOver(): Promise<DomainEvent<any>[]> {
    const rows: { id: string; type: string; payload: unknown; occurred_at: Date }[] = await teams.dataSource.query(
      `SELECT id, type, payload, occurred_at FROM event_outbox
        WHERE type IN ('NeighbourhoodRequestAnswered', 'NeighbourhoodRequestContactDeleted') ORDER BY occurred_at, id`,
    );
    const fresh = rows
      .filter((row) => !carried.has(row.id))
      .map((row) => ({ id: row.id, type: row.type, source: 'teams', occurredAt: row.occurred_at.toISOString(), payload: row.payload }));
    for (const event of fresh) {
      // The payload as it lies on the queue: no address, no reason, readable.
      expect(JSON.stringify(event.payload)).not.toMatch(/@example\.org|Er werkt al/);
      await messages.dataSource.transaction((manager) => deliverDomainEvent(messagesSubgraph, manager, event));
      carried.add(event.id);
    }
    return fresh;
  }

  it('mails the requester each new status in Dutch, the decline with its reason, and nothing about anyone else', async () => {
    const request = await submit('3072');
    expect(request.language).toBe('NL');
    let version = await followUp(request.id, request.version, 'IN_CONVERSATION');
    // Saving the same status again (a note) is not a new answer.
    version = await followUp(request.id, version, 'IN_CONVERSATION', { followUpNote: 'Gebeld, voicemail' });
    version = await followUp(request.id, version, 'SCAN_PLANNED');
    await followUp(request.id, version, 'DECLINED', { declineReason: 'Er werkt al een buurtteam in Katendrecht.' });
    expect(await carryOver()).toHaveLength(3);
    expect(await sendAll()).toMatchObject({ sent: 3, failed: 0 });

    expect(catcher.mails.map((mail) => mail.to)).toEqual([
      ['fatima-3072@example.org'],
      ['fatima-3072@example.org'],
      ['fatima-3072@example.org'],
    ]);
    expect(catcher.mails.map((mail) => mail.subject)).toEqual(Array(3).fill('Uw aanvraag voor een buurtteam'));
    const [talking, scan, declined] = catcher.mails.map((mail) => mail.text);
    expect(talking).toContain('We nemen contact met u op');
    expect(scan).toContain('buurtscan');
    expect(declined).toContain('We starten helaas geen team in uw buurt.');
    expect(declined).toContain('De reden: Er werkt al een buurtteam in Katendrecht.');
    for (const mail of catcher.mails) {
      // Not the requester's name, their own reason, the foundation's note, or any id.
      expect(mail.text).not.toMatch(/Fatima|eenzame ouderen|voicemail|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    for (const text of [talking, scan]) expect(text).not.toContain('De reden');
  });

  it('answers in English when the requester chose it, and once for the team it became', async () => {
    const request = await submit('3071', { language: 'EN' });
    expect(request.language).toBe('EN');
    await followUp(request.id, request.version, 'BECAME_TEAM', { teamId: demoId('team:feijenoord') });
    const [event] = await carryOver();
    // A late second delivery of the same event sends nothing more.
    await messages.dataSource.transaction((manager) => deliverDomainEvent(messagesSubgraph, manager, event));
    await sendAll();
    await messages.dataSource.transaction((manager) => deliverDomainEvent(messagesSubgraph, manager, event));
    await sendAll();
    expect(catcher.mails.map((mail) => [mail.to, mail.subject])).toEqual([
      [['fatima-3071@example.org'], 'Your request for a neighbourhood team'],
    ]);
    expect(catcher.mails[0].text).toContain('Good news: a Buurtvolk team is starting in your neighbourhood.');
  });

  it('mails nothing once the contact data is deleted, neither what was waiting nor what comes later', async () => {
    const request = await submit('2282');
    let version = await followUp(request.id, request.version, 'DECLINED', { declineReason: 'Er werkt al een buurtteam' });
    const [answered] = await carryOver();
    await teams.dataSource.query(`UPDATE neighbourhood_requests SET closed_at = now() - interval '13 months' WHERE id = $1`, [request.id]);
    expect(await deleteExpiredContactData(teams.dataSource)).toBe(1);
    version += 1;
    expect(await carryOver()).toMatchObject([{ type: 'NeighbourhoodRequestContactDeleted', payload: { requestId: request.id } }]);
    expect(await sendAll()).toEqual({ sent: 0, skipped: 0, failed: 0, dead: 0 });
    const [{ n }] = await messages.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE request_id = $1`, [request.id]);
    expect(n).toBe(0);

    // Reopened and answered without contact data: teams records no answer at all.
    await followUp(request.id, version, 'IN_CONVERSATION');
    expect(await carryOver()).toEqual([]);
    // And the old answer arriving late finds the address forgotten.
    await messages.dataSource.transaction((manager) => deliverDomainEvent(messagesSubgraph, manager, { ...answered, id: randomUUID() }));
    expect(await sendAll()).toEqual({ sent: 0, skipped: 0, failed: 0, dead: 0 });
    expect(catcher.mails).toHaveLength(0);
  });
});
