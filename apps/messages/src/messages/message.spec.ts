import { demoId } from '@buurtvolk/domain';
import type { EventPayload, EventType } from '@buurtvolk/events';
import { createLogger, sealContact, sealHoursRejection } from '@buurtvolk/subgraph-kit';
import { deliverEvent, startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { type MailCatcher, startMailCatcher } from '../mail/mail-catcher';
import type { MailTransport } from '../mail/mail-transport';
import { messagesSubgraph } from '../subgraph';
import { sendDueMessages } from './message-sender';

let subgraph: TestSubgraph;
let catcher: MailCatcher;
let transport: MailTransport;
const logger = createLogger('messages-test', 'silent');

const TEAM = demoId('team:feijenoord');
const ANNA = demoId('volunteer:feijenoord-03');
const BOB = demoId('volunteer:feijenoord-04');
const MATE = demoId('volunteer:feijenoord-05');
const ADDRESS: Record<string, string> = { [ANNA]: 'anna@example.org', [BOB]: 'bob@example.org', [MATE]: 'mate@example.org' };
const anna = testIdentities.volunteer(ANNA, TEAM);
const bob = testIdentities.volunteer(BOB, TEAM);
const coordinator = testIdentities.coordinator(TEAM, MATE);
const admin = testIdentities.admin();
const partner = testIdentities.partner(demoId('partner:woonstad-rotterdam'));

const SET = `mutation ($input: SetMessagePreferencesInput!) { setMessagePreferences(input: $input) { language enabledKinds version } }`;
const PREFERENCES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Volunteer { messagePreferences { language enabledKinds } } } }`;
const FAILED = `{ failedMessages(first: 10) { totalCount edges { node { id kind template attempts lastError volunteer { id } } } } }`;
const RETRY = `mutation ($id: ID!) { retryFailedMessage(id: $id) { id attempts } }`;

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

function deliver<K extends EventType>(type: K, payload: EventPayload<K>, id: string = randomUUID()): Promise<string> {
  return subgraph.dataSource.transaction((manager) => deliverEvent(messagesSubgraph, manager, type, payload, { id })).then(() => id);
}

async function sendAll(env: NodeJS.ProcessEnv = {}) {
  return sendDueMessages(subgraph.dataSource, transport, logger, { env });
}

const hours = (volunteerId: string) => ({
  entryId: randomUUID(),
  volunteerId,
  teamId: TEAM,
  neighbourhoodId: randomUUID(),
  date: '2026-03-12',
  minutes: 150,
  theme: 'NEIGHBOURHOOD',
});

beforeAll(async () => {
  subgraph = await startTestSubgraph(messagesSubgraph);
  catcher = await startMailCatcher();
  transport = createTransport(catcher.url);
  for (const [volunteerId, email] of Object.entries(ADDRESS)) await deliver('VolunteerContactChanged', sealContact(volunteerId, 2, email));
  expect(
    codeOf(await subgraph.query(SET, { input: { language: 'EN', enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS'] } }, bob)),
  ).toBeUndefined();
});
afterAll(async () => {
  await subgraph.destroy();
  await catcher.close();
});
beforeEach(() => {
  catcher.mails.length = 0;
  catcher.failing = false;
});

describe('a message for each event', () => {
  const cases: [string, () => Promise<string>, string, string, string[]][] = [
    [
      'HoursApproved',
      () => deliver('HoursApproved', hours(ANNA)),
      ANNA,
      'Je uren zijn goedgekeurd',
      ['12 maart 2026', '2 uur en 30 minuten', 'De Buurt'],
    ],
    [
      'HoursApproved in English',
      () => deliver('HoursApproved', hours(BOB)),
      BOB,
      'Your hours have been approved',
      ['12 March 2026', '2 hours and 30 minutes'],
    ],
    [
      'HoursApprovalRevoked',
      () => deliver('HoursApprovalRevoked', hours(ANNA)),
      ANNA,
      'De goedkeuring van je uren is ingetrokken',
      ['12 maart 2026'],
    ],
    [
      'HoursRejected, with the coordinator’s reason',
      () => {
        const entry = { ...hours(ANNA), entryVersion: 3 };
        return deliver('HoursRejected', sealHoursRejection(entry, 'Deze middag stond niet op de planning; kies de juiste activiteit.'));
      },
      ANNA,
      'Je uren zijn niet goedgekeurd',
      ['12 maart 2026', 'De reden van je coördinator: Deze middag stond niet op de planning; kies de juiste activiteit.'],
    ],
    [
      'EnrolmentPromoted',
      () => deliver('EnrolmentPromoted', { enrolmentId: randomUUID(), volunteerId: BOB, runId: randomUUID() }),
      BOB,
      'A place in your course has become free',
      ['you are now enrolled'],
    ],
    [
      'ExpenseClaimApproved',
      () =>
        deliver('ExpenseClaimApproved', { claimId: randomUUID(), volunteerId: ANNA, teamId: TEAM, status: 'APPROVED', amountCents: 1250 }),
      ANNA,
      'Je declaratie is goedgekeurd',
      ['€\u00a012,50'],
    ],
    [
      'ExpenseClaimReturned',
      () =>
        deliver('ExpenseClaimReturned', { claimId: randomUUID(), volunteerId: BOB, teamId: TEAM, status: 'INCOMPLETE', amountCents: 999 }),
      BOB,
      'Your expense claim has been sent back',
      ['€9.99', 'The reason is shown with your claim in the portal'],
    ],
    [
      'PaymentMade',
      () => deliver('PaymentMade', { paymentId: randomUUID(), volunteerId: ANNA, status: 'PAID', amountCents: 5000 }),
      ANNA,
      'We hebben je betaald',
      ['€\u00a050,00'],
    ],
    [
      'PaymentFailed',
      () => deliver('PaymentFailed', { paymentId: randomUUID(), volunteerId: BOB, status: 'FAILED', amountCents: 5000 }),
      BOB,
      'A payment to you did not go through',
      ['€50.00', 'check your account number'],
    ],
  ];

  it.each(cases)('%s: caught by the SMTP server, in the person’s language, about them only', async (_name, send, to, subject, says) => {
    await send();
    expect(await sendAll()).toMatchObject({ sent: 1, failed: 0 });
    expect(catcher.mails).toHaveLength(1);
    const [mail] = catcher.mails;
    expect(mail.to).toEqual([ADDRESS[to]]);
    expect(mail.subject).toBe(subject);
    for (const text of says) expect(mail.text).toContain(text);
    // No other person's details, and no ids at all: only the recipient's own figures.
    const others = Object.entries(ADDRESS).filter(([id]) => id !== to);
    for (const [id, email] of others) {
      expect(mail.raw).not.toContain(email);
      expect(mail.raw).not.toContain(id);
    }
    expect(mail.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('sending', () => {
  it('sends nothing twice for one event delivered twice', async () => {
    const payload = hours(ANNA);
    const id = await deliver('HoursApproved', payload);
    await deliver('HoursApproved', payload, id);
    expect(await sendAll()).toMatchObject({ sent: 1 });
    await deliver('HoursApproved', payload, id);
    expect(await sendAll()).toEqual({ sent: 0, skipped: 0, failed: 0, dead: 0 });
    expect(catcher.mails).toHaveLength(1);
  });

  it('sends a person who turned a kind off none of it, and the rest still', async () => {
    const set = await subgraph.query(SET, { input: { language: 'NL', enabledKinds: ['HOURS', 'CLAIMS'] } }, anna);
    expect(set.errors).toBeUndefined();
    expect(set.data.setMessagePreferences).toEqual({ language: 'NL', enabledKinds: ['HOURS', 'CLAIMS'], version: 1 });
    await deliver('PaymentMade', { paymentId: randomUUID(), volunteerId: ANNA, status: 'PAID', amountCents: 100 });
    await deliver('EnrolmentPromoted', { enrolmentId: randomUUID(), volunteerId: ANNA, runId: randomUUID() });
    await deliver('HoursApproved', hours(ANNA));
    await sendAll();
    expect(catcher.mails.map((mail) => mail.subject)).toEqual(['Je uren zijn goedgekeurd']);
    const [audit] = await subgraph.dataSource.query(`SELECT action, actor_subject FROM audit_log WHERE entity_id = $1`, [ANNA]);
    expect(audit).toEqual({ action: 'preferences.set', actor_subject: anna.subject });
    await subgraph.query(SET, { input: { language: 'NL', enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS'] } }, anna);
  });

  it('retries a failing server with growing waits, then keeps a dead letter that admins see and can send again', async () => {
    catcher.failing = true;
    const env = { MESSAGES_MAX_ATTEMPTS: '3' };
    await deliver('PaymentFailed', { paymentId: randomUUID(), volunteerId: ANNA, status: 'FAILED', amountCents: 700 });
    const waits: number[] = [];
    for (const expected of [{ failed: 1 }, { failed: 1 }, { dead: 1 }]) {
      expect(await sendAll(env)).toMatchObject(expected);
      const [row] = await subgraph.dataSource.query(
        `SELECT status, attempts, extract(epoch FROM next_attempt_at - now())::int AS wait FROM messages WHERE template = 'PaymentFailed' AND volunteer_id = $1`,
        [ANNA],
      );
      waits.push(row.wait);
      // Nothing is due before its wait is over; then the next try.
      expect(await sendAll(env)).toEqual({ sent: 0, skipped: 0, failed: 0, dead: 0 });
      await subgraph.dataSource.query(`UPDATE messages SET next_attempt_at = now() WHERE status = 'PENDING'`);
    }
    expect(waits[0]).toBeGreaterThanOrEqual(55);
    expect(waits[1]).toBeGreaterThanOrEqual(115);
    expect(catcher.mails).toHaveLength(0);

    const failed = await subgraph.query(FAILED, {}, admin);
    expect(failed.errors).toBeUndefined();
    expect(failed.data.failedMessages.totalCount).toBe(1);
    const [{ node }] = failed.data.failedMessages.edges;
    expect(node).toMatchObject({ kind: 'PAYMENTS', template: 'PaymentFailed', attempts: 3, volunteer: { id: ANNA } });
    expect(node.lastError).toContain('451');
    expect(node.lastError).not.toContain('anna@example.org');
    for (const caller of [anna, coordinator, partner]) expect(codeOf(await subgraph.query(FAILED, {}, caller))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.query(FAILED, {}, null))).toBe('UNAUTHENTICATED');

    catcher.failing = false;
    expect(codeOf(await subgraph.query(RETRY, { id: node.id }, coordinator))).toBe('FORBIDDEN');
    expect((await subgraph.query(RETRY, { id: node.id }, admin)).data.retryFailedMessage).toEqual({ id: node.id, attempts: 0 });
    expect(await sendAll(env)).toMatchObject({ sent: 1 });
    expect(catcher.mails.map((mail) => mail.subject)).toEqual(['Een betaling aan je is niet gelukt']);
    expect((await subgraph.query(FAILED, {}, admin)).data.failedMessages.totalCount).toBe(0);
  });

  it('keeps the newest address, and sends to none when there is none', async () => {
    await deliver('VolunteerContactChanged', sealContact(BOB, 1, 'old-bob@example.org'));
    await deliver('PaymentMade', { paymentId: randomUUID(), volunteerId: BOB, status: 'PAID', amountCents: 100 });
    await sendAll();
    expect(catcher.mails.map((mail) => mail.to)).toEqual([['bob@example.org']]);
    const stranger = randomUUID();
    await deliver('PaymentMade', { paymentId: randomUUID(), volunteerId: stranger, status: 'PAID', amountCents: 100 });
    expect(await sendAll()).toMatchObject({ sent: 0, skipped: 1 });
  });

  it('forgets everything about an erased person', async () => {
    const gone = randomUUID();
    await deliver('VolunteerContactChanged', sealContact(gone, 1, 'gone@example.org'));
    await deliver('HoursApproved', hours(gone));
    await deliver('VolunteerErased', { volunteerId: gone });
    for (const table of ['message_contacts', 'message_preferences', 'messages']) {
      const [{ n }] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE volunteer_id = $1`, [gone]);
      expect([table, n]).toEqual([table, 0]);
    }
  });
});

describe('message preferences', () => {
  const read = (volunteerId: string, as: Parameters<TestSubgraph['query']>[2]) =>
    subgraph.query(PREFERENCES, { representations: [{ __typename: 'Volunteer', id: volunteerId }] }, as);

  it('are the person’s own and an admin’s to read; every kind in Dutch until chosen', async () => {
    expect((await read(BOB, bob)).data._entities[0].messagePreferences).toEqual({
      language: 'EN',
      enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS'],
    });
    expect((await read(MATE, admin)).data._entities[0].messagePreferences).toEqual({
      language: 'NL',
      enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS', 'CHECKS_DUE'],
    });
    for (const caller of [anna, coordinator, partner]) {
      const result = await read(BOB, caller);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data?._entities[0]?.messagePreferences ?? null).toBeNull();
    }
  });

  it('are set by the person only', async () => {
    const input = { language: 'EN', enabledKinds: [] };
    expect(codeOf(await subgraph.query(SET, { input }, partner))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.query(SET, { input }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.query(SET, { input }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await subgraph.query(SET, { input: { language: 'FR', enabledKinds: [] } }, anna))).toBe('BAD_USER_INPUT');
  });
});
