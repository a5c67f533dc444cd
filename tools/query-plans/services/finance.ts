/** The finance subgraph: budgets, allowances and their caps, expense claims, payouts, and hours that earn allowances. */
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { financeSubgraph } from '../../../apps/finance/src/subgraph';
import { callers } from '../callers';
import { analyse, fillHistory, subjects, THIS_MONTH, THIS_YEAR, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';
import { loadFinance } from './finance-data';
import { grantEligibility } from '../../../apps/finance/src/allowances/eligibility';

const { team, coordinator, volunteer, municipality } = subjects;
const key = () => `query-plans-${randomUUID()}`;
const CLAIM = 'id status items { spentOn amount { cents } }';

async function load(client: Client): Promise<void> {
  await loadFinance(client);
  await fillHistory(client, 'finance');
  await analyse(client);
}

/** A member of the team with an hourly arrangement. */
const hourlyMember = (db: Client) =>
  one(
    db,
    `SELECT volunteer_id AS "volunteerId" FROM allowance_arrangements WHERE team_id = $1 AND kind = 'HOURLY' AND ends_on IS NULL ORDER BY volunteer_id LIMIT 1`,
    [team.teamId],
  );

/** The bank's pain.002 report on the batch that waits for it: the first payment paid, the second returned. */
async function statusReport(db: Client): Promise<string> {
  const { rows } = await db.query(
    `SELECT b.message_id, p.end_to_end_id FROM payout_batches b JOIN payout_payments p ON p.batch_id = b.id WHERE b.status = 'CREATED' ORDER BY p.end_to_end_id LIMIT 2`,
  );
  const transaction = (row: { end_to_end_id: string }, i: number) =>
    `<TxInfAndSts><OrgnlEndToEndId>${row.end_to_end_id}</OrgnlEndToEndId><TxSts>${i === 0 ? 'ACSC' : 'RJCT'}</TxSts>${i === 0 ? '' : '<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>'}</TxInfAndSts>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>QP-1</MsgId><CreDtTm>${TODAY}T06:00:00</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${rows[0].message_id}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${rows[0].message_id}</OrgnlPmtInfId>${rows.map(transaction).join('')}</OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;
}

const operations: Operation[] = [
  entityField(
    "Team.budget: a team's budget for the year (coordinator)",
    callers.coordinator,
    'Team',
    'budget(year: $year) { category allocated { cents } spent { cents } left { cents } }',
    { id: team.teamId, year: THIS_YEAR },
    '$year: Int!',
  ),
  entityField(
    'Team.allowancesNearCap: who nears a cap this month (coordinator)',
    callers.coordinator,
    'Team',
    'allowancesNearCap(month: $month) { usedThisMonth { cents } usedThisYear { cents } volunteer { id } }',
    { id: team.teamId, month: THIS_MONTH },
    '$month: String!',
  ),
  entityField(
    'Partner.fundingAgreements: what the partner funds (partner)',
    callers.partner,
    'Partner',
    'fundingAgreements { id title amount { cents } teams { id } neighbourhoods { id } }',
    { id: municipality.partnerId },
  ),
  request(
    'payFlatAllowance: this month (coordinator)',
    callers.coordinator,
    'mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }',
    async ({ db }) => ({
      input: {
        ...(await one(db, `SELECT id AS "arrangementId" FROM allowance_arrangements WHERE volunteer_id = $1 AND kind = 'FLAT_MONTHLY'`, [
          volunteer.volunteerId,
        ])),
        month: THIS_MONTH,
        idempotencyKey: key(),
      },
    }),
  ),
  request(
    'agreeAllowanceArrangement: for a member (coordinator)',
    callers.coordinator,
    'mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }',
    async ({ db }) => {
      const member = await one(
        db,
        `SELECT m.volunteer_id AS "volunteerId", m.team_id AS "teamId" FROM directory_memberships m WHERE m.team_id = $1 AND m.volunteer_id <> $2
                          AND NOT EXISTS (SELECT 1 FROM allowance_arrangements a WHERE a.volunteer_id = m.volunteer_id) ORDER BY m.volunteer_id LIMIT 1`,
        [team.teamId, coordinator.volunteerId],
      );
      const eligibility = grantEligibility(String(member.volunteerId), String(member.teamId), '1990-04-12');
      return {
        input: { ...member, kind: 'HOURLY', amount: { cents: 400 }, startsOn: `${THIS_MONTH}-01`, eligibility, idempotencyKey: key() },
      };
    },
  ),
  request(
    'declareAllowanceElsewhere (volunteer)',
    callers.volunteer,
    'mutation ($input: DeclareAllowanceElsewhereInput!) { declareAllowanceElsewhere(input: $input) }',
    { input: { volunteerId: volunteer.volunteerId, year: THIS_YEAR, amountCents: 5000 } },
  ),
  request(
    'draftExpenseClaim (volunteer)',
    callers.volunteer,
    `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { ${CLAIM} } }`,
    () =>
      Promise.resolve({
        input: {
          teamId: team.teamId,
          idempotencyKey: key(),
          items: [
            { category: 'FOOD', spentOn: TODAY, amount: { cents: 1850 }, receiptRef: 'bon-koffieochtend', receiptSha256: 'a'.repeat(64) },
          ],
        },
      }),
  ),
  request(
    'submitExpenseClaim (volunteer)',
    callers.volunteer,
    `mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { ${CLAIM} } }`,
    async ({ db }) =>
      one(db, `SELECT id, version FROM expense_claims WHERE volunteer_id = $1 AND status = 'DRAFT' ORDER BY created_at DESC LIMIT 1`, [
        volunteer.volunteerId,
      ]),
  ),
  request(
    'approveExpenseClaim (coordinator)',
    callers.coordinator,
    `mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { ${CLAIM} } }`,
    async ({ db }) => ({
      ...(await one(
        db,
        `SELECT id, version FROM expense_claims WHERE volunteer_id = $1 AND status = 'SUBMITTED' ORDER BY created_at DESC LIMIT 1`,
        [volunteer.volunteerId],
      )),
      key: key(),
    }),
  ),
  request(
    'allocateBudget (admin)',
    callers.admin,
    'mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(db, `SELECT id AS "agreementId" FROM funding_agreements WHERE partner_id = $1`, [municipality.partnerId])),
        teamId: team.teamId,
        year: THIS_YEAR,
        category: 'TRAINING',
        amount: { cents: 100_000 },
        idempotencyKey: key(),
      },
    }),
  ),
  request(
    'setPayoutAccount (volunteer)',
    callers.volunteer,
    'mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }',
    { input: { volunteerId: volunteer.volunteerId, holderName: 'J. Buur', iban: 'NL91ABNA0417164300' } },
  ),
  request(
    'payoutBatch: the payments of a batch (admin)',
    callers.admin,
    'query ($id: ID!) { payoutBatch(id: $id) { id status payments { endToEndId amount { cents } volunteer { id } } } }',
    async ({ db }) => one(db, `SELECT id FROM payout_batches WHERE status = 'CREATED'`),
  ),
  request(
    "importPaymentStatusReport: the bank's report on a batch (admin)",
    callers.admin,
    'mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid failed } }',
    async ({ db }) => ({
      xml: await statusReport(db),
      key: key(),
    }),
  ),
  event('hours that earn an hourly allowance', 'HoursApproved', async ({ db }) => {
    const { volunteerId } = await hourlyMember(db);
    return {
      entryId: randomUUID(),
      volunteerId,
      teamId: team.teamId,
      neighbourhoodId: team.neighbourhoodId,
      date: TODAY,
      minutes: 120,
      theme: 'COMMUNITY',
      entryVersion: 2,
    };
  }),
  event('an approval taken back, its allowance reversed', 'HoursApprovalRevoked', async ({ db }) =>
    one(
      db,
      `SELECT s.entry_id AS "entryId", s.volunteer_id AS "volunteerId", s.team_id AS "teamId", s.entry_date::text AS date, s.minutes, s.entry_version + 1 AS "entryVersion"
               FROM hour_approval_states s JOIN allowances a ON a.source_hour_entry_id = s.entry_id AND a.status = 'PAID'
              WHERE s.team_id = $1 ORDER BY s.entry_date DESC LIMIT 1`,
      [team.teamId],
    ),
  ),
  event('a new member in the team directory', 'MembershipStarted', async () => {
    const id = randomUUID();
    return { membershipId: id, teamId: team.teamId, neighbourhoodId: team.neighbourhoodId, volunteerId: id, role: 'MEMBER', from: TODAY };
  }),
];

export const finance = { definition: financeSubgraph, load, operations };
