import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { eventually, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../messages/src/mail/mail-catcher';
import { recordDueChecks } from '../../volunteers/src/reminders/check-reminders';
import { startTestFederation, type TestFederation } from './test/federation';
import { gatewayCalls } from './test/gateway-calls';
import { type Mailbox, openMailbox, TEST_PORTAL_URL } from './test/mailbox';

/**
 * A person's mail, from what others do in the portal to the embedded SMTP server: each action goes through the gateway,
 * its event travels over the real bus to the messages service, and the mail that comes out is in the person's language
 * and says nothing about anyone else. The requester of a team, who has no account, gets the answer in their language.
 */
let federation: TestFederation;
const { as } = gatewayCalls(() => federation.gateway.url);
let mailbox: Mailbox;
const TEAM = demoId('team:bouwlust');
const member = (index: number) => demoId(`volunteer:bouwlust-${String(index).padStart(2, '0')}`);
const person = (index: number) => testIdentities.volunteer(member(index), TEAM);
const coordinator = testIdentities.coordinator(TEAM, member(1));
const admin = testIdentities.admin();
const today = todayInAmsterdam();
/** Every demo person's address and name: a mail may name only its recipient. */
let people: { id: string; email: string | null; givenName: string; familyName: string }[];

beforeAll(async () => {
  mailbox = await openMailbox(() => federation.messages!.dataSource);
  federation = await startTestFederation({ volunteers: true, activities: true, training: true, finance: true, messages: true });
  const found = await as(admin, '{ volunteers(first: 100) { edges { node { id email givenName familyName } } } }');
  people = found.volunteers.edges.map((edge: { node: (typeof people)[number] }) => edge.node);
  // The addresses reach messages as a replay of volunteers' history.
  const withAddress = people.filter((each) => each.email).length;
  await eventually(
    async () => (await federation.messages!.dataSource.query('SELECT count(*)::int AS n FROM message_contacts'))[0].n >= withAddress,
  );
}, 120_000);
afterAll(async () => {
  await federation?.stop();
  await mailbox?.close();
});

/** The recipient's mail names no one else: no other person's address or name, and no ids at all. */
function aboutTheRecipientOnly(mail: CaughtMail, recipientId: string | null) {
  for (const other of people.filter((each) => each.id !== recipientId)) {
    if (other.email) expect(mail.raw).not.toContain(other.email);
    expect(mail.text).not.toContain(`${other.givenName} ${other.familyName}`);
  }
  expect(mail.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
}

const addressOf = (id: string) => people.find((each) => each.id === id)!.email!;

describe('mail about what concerns a person, from an action in the portal', () => {
  it('tells a volunteer why their hours were rejected, in Dutch, and the approval and its withdrawal in English once chosen', async () => {
    const volunteer = person(5);
    const { registerHours: entry } = await as(
      volunteer,
      'mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }',
      { input: { teamId: TEAM, date: today, minutes: 90, theme: 'HEALTH' } },
    );
    const DECIDE = (mutation: string) => `mutation ($input: DecideHourEntryInput!) { ${mutation}(input: $input) { status version } }`;
    const reason = 'Deze wandeling was de week ervoor; pas de datum aan.';
    const rejected = (await as(coordinator, DECIDE('rejectHourEntry'), { input: { id: entry.id, version: entry.version, reason } }))
      .rejectHourEntry;

    const rejection = await mailbox.mailTo(addressOf(member(5)), 'Je uren zijn niet goedgekeurd');
    expect(rejection.text).toContain('1 uur en 30 minuten');
    expect(rejection.text).toContain(`De reden van je coördinator: ${reason}`);
    aboutTheRecipientOnly(rejection, member(5));

    await as(volunteer, 'mutation ($input: SetMessagePreferencesInput!) { setMessagePreferences(input: $input) { language } }', {
      input: { language: 'EN', enabledKinds: ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS', 'CHECKS_DUE'] },
    });
    const corrected = (
      await as(volunteer, 'mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { status version } }', {
        input: { id: entry.id, version: rejected.version, minutes: 120 },
      })
    ).updateHourEntry;
    expect(corrected.status).toBe('SUBMITTED');
    const approved = (
      await as(
        coordinator,
        'mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { version } }',
        { entries: [{ id: entry.id, version: corrected.version }] },
      )
    ).approveHourEntries[0];
    const approval = await mailbox.mailTo(addressOf(member(5)), 'Your hours have been approved');
    expect(approval.text).toMatch(/of [0-9]+ [A-Z][a-z]+ [0-9]{4} \(2 hours, Health\)/);

    await as(coordinator, DECIDE('revokeHourApproval'), { input: { id: entry.id, version: approved.version, reason: 'Dubbel' } });
    const withdrawal = await mailbox.mailTo(addressOf(member(5)), 'The approval of your hours has been withdrawn');
    // The reason of a withdrawal stays in the portal.
    expect(withdrawal.text).not.toContain('Dubbel');
    aboutTheRecipientOnly(withdrawal, member(5));
  });

  it('tells the first on a waiting list that a place came free', async () => {
    const runId = demoId('run:first-aid:next');
    const ENROL = `mutation ($runId: ID!) { enrol(runId: $runId) { id status } }`;
    const first = (await as(person(2), ENROL, { runId })).enrol;
    await as(person(3), ENROL, { runId });
    expect((await as(person(4), ENROL, { runId })).enrol.status).toBe('WAITING');
    await as(person(2), `mutation ($id: ID!) { cancelEnrolment(id: $id) { status } }`, { id: first.id });

    const mail = await mailbox.mailTo(addressOf(member(4)), 'Er is een plek vrij in je cursus');
    expect(mail.text).toContain('je bent nu ingeschreven');
    aboutTheRecipientOnly(mail, member(4));
    expect(mailbox.catcher.mails.filter((each) => each.to.includes(addressOf(member(3))))).toEqual([]);
  });

  it('tells a volunteer their claim was approved, and another that theirs was sent back', async () => {
    const claim = async (index: number, cents: number) => {
      const { draftExpenseClaim } = await as(
        person(index),
        'mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id version } }',
        {
          input: {
            teamId: TEAM,
            description: 'Koffie en koek voor de buurtborrel',
            items: [{ category: 'FOOD', spentOn: today, amount: { cents }, receiptRef: 'bon.pdf', receiptSha256: 'c'.repeat(64) }],
            idempotencyKey: `claim-${randomUUID()}`,
          },
        },
      );
      return (
        await as(person(index), 'mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { id version } }', {
          ...draftExpenseClaim,
        })
      ).submitExpenseClaim;
    };
    const approved = await claim(6, 1_250);
    await as(
      coordinator,
      'mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { status } }',
      { ...approved, key: `approve-${randomUUID()}` },
    );
    const approval = await mailbox.mailTo(addressOf(member(6)), 'Je declaratie is goedgekeurd');
    expect(approval.text).toContain('€\u00a012,50');
    aboutTheRecipientOnly(approval, member(6));

    const returned = await claim(7, 900);
    await as(coordinator, 'mutation ($input: DecideExpenseClaimInput!) { returnExpenseClaim(input: $input) { status } }', {
      input: { ...returned, reason: 'De bon is onleesbaar' },
    });
    const sentBack = await mailbox.mailTo(addressOf(member(7)), 'Je declaratie is teruggestuurd');
    expect(sentBack.text).toContain('€\u00a09,00');
    expect(sentBack.text).not.toContain('onleesbaar');
    aboutTheRecipientOnly(sentBack, member(7));
  });

  it('reminds a person who joins the wellbeing monitor that their intake check is due, linking to the page to fill it in', async () => {
    const { volunteers } = await as(
      admin,
      'query ($team: ID!) { volunteers(first: 100, team: $team) { edges { node { id consents { purpose } } } } }',
      {
        team: TEAM,
      },
    );
    const newcomer = volunteers.edges
      .map((edge: { node: { id: string; consents: { purpose: string }[] } }) => edge.node)
      .find(
        (node: { id: string; consents: { purpose: string }[] }) =>
          !node.consents.some((consent) => consent.purpose === 'WELLBEING_MONITOR'),
      );
    await as(testIdentities.volunteer(newcomer.id, TEAM), 'mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }', {
      input: { volunteerId: newcomer.id, purpose: 'WELLBEING_MONITOR', on: today },
    });
    // The volunteers service's morning job.
    await recordDueChecks(federation.volunteers!.dataSource, today);
    const mail = await mailbox.mailTo(addressOf(newcomer.id), 'Tijd voor je welzijnscheck');
    expect(mail.text).toContain(`${TEST_PORTAL_URL}/vragenlijsten`);
    aboutTheRecipientOnly(mail, newcomer.id);
  });

  it('answers a resident who asked for a team, in the language they chose, with the reason of a decline', async () => {
    const address = `aanvrager-${randomUUID().slice(0, 8)}@example.org`;
    const reason = 'Er is al een bewonersinitiatief in deze straat dat we liever steunen.';
    await as(null, 'mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }', {
      input: {
        postcode: '2541 AB',
        requesterKind: 'RESIDENT',
        reason: 'Wij willen samen de buurt schoner en gezelliger maken.',
        contactName: 'Sem de Vries',
        contactEmail: address,
        consentToContact: true,
        language: 'EN',
      },
    });
    const { neighbourhoodRequests } = await as(admin, '{ neighbourhoodRequests(status: NEW) { id version postcode } }');
    const request = neighbourhoodRequests.find((each: { postcode: string }) => each.postcode.startsWith('2541'));
    await as(admin, 'mutation ($input: FollowUpNeighbourhoodRequestInput!) { followUpNeighbourhoodRequest(input: $input) { status } }', {
      input: { id: request.id, version: request.version, status: 'DECLINED', declineReason: reason },
    });
    const mail = await mailbox.mailTo(address, 'Your request for a neighbourhood team');
    expect(mail.text).toContain('Unfortunately we will not start a team in your neighbourhood.');
    expect(mail.text).toContain(`The reason: ${reason}`);
    aboutTheRecipientOnly(mail, null);
  });
});
