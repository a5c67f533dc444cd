import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent, deliverDomainEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { joinTeam } from '../test/join-team';
import { withEligibility } from '../test/eligibility';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('team:feijenoord');
const year = Number(todayInAmsterdam().slice(0, 4));
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

async function ok(query: string, variables: Record<string, unknown> = {}, as = admin) {
  const result = await subgraph.query(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const hours = (volunteerId: string, entryId: string, minutes: number) => ({
  entryId,
  volunteerId,
  teamId: FEIJENOORD,
  neighbourhoodId: demoId('neighbourhood:feijenoord'),
  date: `${year}-02-11`,
  minutes,
  theme: 'COMMUNITY',
});
async function decide(type: 'HoursApproved' | 'HoursApprovalRevoked', payload: ReturnType<typeof hours>, entryVersion: number) {
  const event = {
    id: randomUUID(),
    type,
    source: 'activities',
    occurredAt: new Date().toISOString(),
    payload: { ...payload, entryVersion },
  };
  await subgraph.dataSource.transaction((manager) => deliverDomainEvent(financeSubgraph, manager, event));
}
const RECEIVABLES = `{ receivables { volunteer { id } owed { cents } } }`;
const owedBy = async (volunteerId: string) =>
  (await ok(RECEIVABLES)).receivables.find((row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId)?.owed.cents ?? 0;
/** The erasure receipts the finance service's audit log holds for a person, newest first. */
const receipts = async (volunteerId: string): Promise<string[]> =>
  (
    await ok(`query ($id: ID!) { financeAuditLog(entityId: $id, entityType: "Volunteer") { edges { node { action } } } }`, {
      id: volunteerId,
    })
  ).financeAuditLog.edges.map(({ node }: { node: { action: string } }) => node.action);
const WRITE_OFF = `mutation ($input: WriteOffReceivableInput!) { writeOffReceivable(input: $input) { kind toAccount amount { cents } } }`;

describe('money a volunteer owes back', () => {
  it('follows hours revoked after the payout, is offset against the next allowance, and is written off by another admin, which lets an erasure finish', async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    await ok(`mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`, {
      input: await withEligibility(subgraph, {
        volunteerId,
        teamId: FEIJENOORD,
        kind: 'HOURLY',
        amount: { cents: 500 },
        startsOn: `${year}-01-01`,
        dateOfBirth: '1970-01-01',
        idempotencyKey: key(),
      }),
    });
    await ok(`mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`, {
      input: { volunteerId, holderName: 'Otto Quint', iban: 'NL91ABNA0417164300' },
    });
    const first = hours(volunteerId, randomUUID(), 120);
    await decide('HoursApproved', first, 2);
    const { createPayoutBatch: batch } = await ok(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { messageId payments { endToEndId volunteer { id } } } }`,
      { date: `${year + 1}-04-01`, key: key() },
    );
    const payment = batch.payments.find((row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId);
    // The bank pays it.
    const report = `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
      <GrpHdr><MsgId>STS-R</MsgId><CreDtTm>2026-04-02T06:00:00</CreDtTm></GrpHdr>
      <OrgnlGrpInfAndSts><OrgnlMsgId>${batch.messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
      <OrgnlPmtInfAndSts><OrgnlPmtInfId>${batch.messageId}</OrgnlPmtInfId><TxInfAndSts><OrgnlEndToEndId>${payment.endToEndId}</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts></OrgnlPmtInfAndSts>
    </CstmrPmtStsRpt></Document>`;
    await ok(`mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid } }`, {
      xml: report,
      key: key(),
    });
    // The approval is taken back after the €10,00 left for the bank.
    await decide('HoursApprovalRevoked', first, 3);
    expect(await owedBy(volunteerId)).toBe(1_000);

    // Erased meanwhile: the name and IBAN stay while money is open.
    for (let delivery = 0; delivery < 2; delivery += 1)
      await subgraph.dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'VolunteerErased', { volunteerId }));
    expect((await ok(`{ erasedPayeesWithOpenMoney }`)).erasedPayeesWithOpenMoney).toContain(volunteerId);
    expect(await receipts(volunteerId)).toEqual(['volunteer.erased.pending']);

    // New approved hours pay off part of it rather than being paid out.
    await decide('HoursApproved', hours(volunteerId, randomUUID(), 72), 2);
    expect(await owedBy(volunteerId)).toBe(400);
    const next = await subgraph.query(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { payments { volunteer { id } } } }`,
      { date: `${year + 1}-04-08`, key: key() },
      admin,
    );
    // Either a batch without them, or none at all when nobody else has money to be paid.
    if (next.errors) expect(next.errors[0].message).toContain('Nothing to pay');
    else
      expect(next.data.createPayoutBatch.payments.map((row: { volunteer: { id: string } }) => row.volunteer.id)).not.toContain(volunteerId);

    const input = { volunteerId, reason: 'Hours revoked after payout; small amount', idempotencyKey: key() };
    const own = await subgraph.query(WRITE_OFF, { input }, { ...admin, subject: 'admin-who-volunteers', volunteerId });
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(WRITE_OFF, { input }, testIdentities.coordinator(FEIJENOORD))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await ok(WRITE_OFF, { input })).writeOffReceivable).toEqual({
      kind: 'WRITE_OFF',
      toAccount: `payable:${volunteerId}`,
      amount: { cents: 400 },
    });
    expect(await owedBy(volunteerId)).toBe(0);
    expect((await subgraph.query(WRITE_OFF, { input: { ...input, idempotencyKey: key() } }, admin)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );

    const [payee] = await subgraph.dataSource.query('SELECT holder_name AS name, iban FROM payees WHERE volunteer_id = $1', [volunteerId]);
    expect(payee).toEqual({ name: null, iban: null });
    expect((await ok(`{ erasedPayeesWithOpenMoney }`)).erasedPayeesWithOpenMoney).not.toContain(volunteerId);
    // The erasure is done now, and says so once, also when the event comes again.
    await subgraph.dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'VolunteerErased', { volunteerId }));
    expect(await receipts(volunteerId)).toEqual(['volunteer.erased', 'volunteer.erased.pending']);
    expect((await ok(`{ ledgerCheck { balanced } }`)).ledgerCheck.balanced).toBe(true);
  });
});
