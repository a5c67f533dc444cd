import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { withEligibility } from '../test/eligibility';
import { joinTeam } from '../test/join-team';

let subgraph: TestSubgraph;
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('team:feijenoord');
const coordinator = testIdentities.coordinator(FEIJENOORD);
const admin = testIdentities.admin();
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

interface Item {
  category: string;
  spentOn: string;
  cents: number;
  kind?: string;
}

/** A member with a flat allowance of €200 a month from March this year, paid for April. */
async function memberWithAllowance(): Promise<string> {
  const volunteerId = randomUUID();
  await joinTeam(subgraph.dataSource, volunteerId);
  const input = await withEligibility(subgraph, {
    volunteerId,
    teamId: FEIJENOORD,
    kind: 'FLAT_MONTHLY',
    amount: { cents: 20_000 },
    startsOn: `${year}-03-01`,
    dateOfBirth: '1970-05-05',
    idempotencyKey: key(),
  });
  const agreed = await subgraph.query(
    `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`,
    { input },
    admin,
  );
  const paid = await subgraph.query(
    `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
    { input: { arrangementId: agreed.data.agreeAllowanceArrangement, month: `${year}-04`, idempotencyKey: key() } },
    admin,
  );
  expect(paid.errors).toBeUndefined();
  return volunteerId;
}

/** Drafts, submits and has the coordinator approve a claim; returns the approval's result and the items as stored. */
async function claim(volunteerId: string, items: Item[]) {
  const claimant = testIdentities.volunteer(volunteerId, FEIJENOORD);
  const draft = await subgraph.query(
    `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id items { category kind } } }`,
    {
      input: {
        teamId: FEIJENOORD,
        items: items.map(({ cents, ...item }) => ({ ...item, amount: { cents }, receiptRef: 'bon.pdf', receiptSha256: 'b'.repeat(64) })),
        idempotencyKey: key(),
      },
    },
    claimant,
  );
  if (draft.errors) throw new Error(JSON.stringify(draft.errors));
  const { id } = draft.data.draftExpenseClaim;
  await subgraph.query(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id }, claimant);
  const approved = await subgraph.query(
    `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
    { id, key: key() },
    coordinator,
  );
  return { approved, items: draft.data.draftExpenseClaim.items };
}

describe("a claim item is the volunteer's own costs or an advance for the foundation", () => {
  it('defaults by category, and takes what the claimant says', async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    const { items } = await claim(volunteerId, [
      { category: 'TRAVEL', spentOn: `${year}-02-01`, cents: 100 },
      { category: 'MATERIALS', spentOn: `${year}-02-02`, cents: 100 },
      { category: 'FOOD', spentOn: `${year}-02-03`, cents: 100 },
      { category: 'OTHER', spentOn: `${year}-02-04`, cents: 100 },
      { category: 'MATERIALS', spentOn: `${year}-02-05`, cents: 100, kind: 'OWN_COSTS' },
    ]);
    expect(items).toEqual([
      { category: 'TRAVEL', kind: 'OWN_COSTS' },
      { category: 'MATERIALS', kind: 'ADVANCE_FOR_FOUNDATION' },
      { category: 'FOOD', kind: 'ADVANCE_FOR_FOUNDATION' },
      { category: 'OTHER', kind: 'OWN_COSTS' },
      { category: 'MATERIALS', kind: 'OWN_COSTS' },
    ]);
  });

  it('never counts an advance for the foundation towards the caps', async () => {
    const volunteerId = await memberWithAllowance();
    // €200 of €220 used in April: €150 of groceries for a neighbourhood dinner are the foundation's, not the person's.
    const { approved } = await claim(volunteerId, [{ category: 'FOOD', spentOn: `${year}-04-10`, cents: 15_000 }]);
    expect(approved.data.approveExpenseClaim.status).toBe('APPROVED');
    const own = await claim(volunteerId, [{ category: 'FOOD', spentOn: `${year}-04-11`, cents: 2_500, kind: 'OWN_COSTS' }]);
    expect(own.approved.errors?.[0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { capCents: 22_000, usedCents: 20_000, leftCents: 2_000 },
    });
  });

  it('counts each item in its own month, and only while an arrangement is in force', async () => {
    const volunteerId = await memberWithAllowance();
    // April is full up to €20 left; €25 of travel in May fits, though the claim's latest receipt is in May too.
    const spread = await claim(volunteerId, [
      { category: 'TRAVEL', spentOn: `${year}-04-20`, cents: 1_500 },
      { category: 'TRAVEL', spentOn: `${year}-05-02`, cents: 2_500 },
    ]);
    expect(spread.approved.data.approveExpenseClaim.status).toBe('APPROVED');
    const usage = `query ($id: ID!, $month: String!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { allowancesNearCap(month: $month) { volunteer { id } usedThisMonth { cents } } } } }`;
    const april = (await subgraph.query(usage, { id: FEIJENOORD, month: `${year}-04` }, admin)).data._entities[0].allowancesNearCap;
    expect(april).toContainEqual({ volunteer: { id: volunteerId }, usedThisMonth: { cents: 21_500 } });
    // Before the arrangement started (February) own costs do not count: a large claim is approved.
    const before = await claim(volunteerId, [{ category: 'TRAVEL', spentOn: `${year}-02-10`, cents: 30_000 }]);
    expect(before.approved.data.approveExpenseClaim.status).toBe('APPROVED');
    // In April, the €5 left under the cap is all that fits.
    const over = await claim(volunteerId, [{ category: 'TRAVEL', spentOn: `${year}-04-21`, cents: 600 }]);
    expect(over.approved.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { usedCents: 21_500, leftCents: 500 } });
  });
});
