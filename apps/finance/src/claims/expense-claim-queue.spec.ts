import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { createHash, randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { joinTeam } from '../test/join-team';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('team:feijenoord');
const BOUWLUST = demoId('team:bouwlust');
const today = todayInAmsterdam();
const key = () => `test-${randomUUID()}`;

const DRAFT = `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { status } }`;
const QUEUE = `query ($first: Int!, $after: String, $status: ClaimStatus) {
  expenseClaimQueue(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status description createdAt team { id } volunteer { id } total { cents } items { receiptRef } } }
  }
}`;

interface QueuedClaim {
  id: string;
  status: string;
  description: string | null;
  createdAt: string;
  team: { id: string };
  volunteer: { id: string };
  total: { cents: number };
  items: { receiptRef: string }[];
}

/** A volunteer of the team drafts a claim with one receipt per amount and submits it; returns its id. */
async function submitted(by: Identity, teamId: string, description: string, amounts: number[]): Promise<string> {
  const items = amounts.map((cents, i) => ({
    category: 'MATERIALS',
    spentOn: today,
    amount: { cents },
    receiptRef: `receipts/${description}-${i}.pdf`,
    receiptSha256: createHash('sha256').update(`${description}-${i}`).digest('hex'),
  }));
  const drafted = await subgraph.query(DRAFT, { input: { teamId, description, items, idempotencyKey: key() } }, by);
  if (!drafted.data?.draftExpenseClaim) throw new Error(JSON.stringify(drafted.errors));
  const id = drafted.data.draftExpenseClaim.id as string;
  await subgraph.query(SUBMIT, { id, version: 1 }, by);
  return id;
}

async function queue(variables: { first: number; after?: string | null; status?: string }, as: Identity = admin) {
  return subgraph.query(QUEUE, variables, as);
}

/** Every page of the queue, following endCursor. */
async function wholeQueue(first: number, status?: string): Promise<{ nodes: QueuedClaim[]; pages: number; totalCount: number }> {
  const nodes: QueuedClaim[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  do {
    const result = await queue({ first, after, status });
    expect(result.errors).toBeUndefined();
    const page = result.data.expenseClaimQueue;
    nodes.push(...page.edges.map((edge: { node: QueuedClaim }) => edge.node));
    totalCount = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  return { nodes, pages, totalCount };
}

const feijenoorder = testIdentities.volunteer(randomUUID(), FEIJENOORD);
const bouwluster = testIdentities.volunteer(randomUUID(), BOUWLUST);
const claims: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
  await joinTeam(subgraph.dataSource, feijenoorder.volunteerId!);
  await joinTeam(subgraph.dataSource, bouwluster.volunteerId!, BOUWLUST);
  // Claims of two teams, alternating, in the order they are made; then one draft that waits for nobody.
  claims.push(await submitted(feijenoorder, FEIJENOORD, 'Vuilniszakken', [1_250, 400]));
  claims.push(await submitted(bouwluster, BOUWLUST, 'Koffie buurtochtend', [875]));
  claims.push(await submitted(feijenoorder, FEIJENOORD, 'Verf voor het bankje', [3_000]));
  claims.push(await submitted(bouwluster, BOUWLUST, 'Treinkaartje training', [1_420, 980, 600]));
  claims.push(await submitted(feijenoorder, FEIJENOORD, 'Bloembollen', [2_100]));
  await subgraph.query(
    DRAFT,
    {
      input: {
        teamId: FEIJENOORD,
        description: 'Nog niet ingediend',
        items: [
          { category: 'FOOD', spentOn: today, amount: { cents: 500 }, receiptRef: 'receipts/draft.pdf', receiptSha256: 'a'.repeat(64) },
        ],
        idempotencyKey: key(),
      },
    },
    feijenoorder,
  );
});
afterAll(() => subgraph.destroy());

describe('the queue of claims waiting for a decision', () => {
  it('gives an admin the submitted claims of every team, oldest first, with their team, total and receipts', async () => {
    const { nodes, totalCount } = await wholeQueue(100);
    // The demo data has approved claims only: the queue is exactly what was submitted here.
    expect(nodes.map((node) => node.id)).toEqual(claims);
    expect(totalCount).toBe(claims.length);
    expect(nodes.map((node) => node.team.id)).toEqual([FEIJENOORD, BOUWLUST, FEIJENOORD, BOUWLUST, FEIJENOORD]);
    expect(nodes[1]).toMatchObject({
      status: 'SUBMITTED',
      description: 'Koffie buurtochtend',
      volunteer: { id: bouwluster.volunteerId },
      total: { cents: 875 },
    });
    expect(nodes[3].items).toHaveLength(3);
    expect(nodes[3].total.cents).toBe(3_000);
    const times = nodes.map((node) => Date.parse(node.createdAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('pages by cursor without losing or repeating a claim, also when a new claim arrives in between', async () => {
    const first = await queue({ first: 2 });
    const page = first.data.expenseClaimQueue;
    expect(page.edges.map((edge: { node: QueuedClaim }) => edge.node.id)).toEqual(claims.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(claims.length);

    const late = await submitted(bouwluster, BOUWLUST, 'Later ingediend', [150]);
    claims.push(late);
    const rest: string[] = [];
    let after: string | null = page.pageInfo.endCursor;
    while (after) {
      const next: { edges: { node: QueuedClaim }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await queue({ first: 2, after })
      ).data.expenseClaimQueue;
      rest.push(...next.edges.map((edge) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    // The newest claim joins at the end of the queue, where an admin working through it finds it.
    expect(rest).toEqual(claims.slice(2));

    const { nodes, pages } = await wholeQueue(1);
    expect(nodes.map((node) => node.id)).toEqual(claims);
    expect(pages).toBe(claims.length);
  });

  it('drops a decided claim from the queue, and lists other statuses when asked', async () => {
    const [oldest] = claims;
    const rejected = await subgraph.query(
      `mutation ($input: DecideExpenseClaimInput!) { rejectExpenseClaim(input: $input) { status } }`,
      { input: { id: oldest, version: 2, reason: 'Geen bon van de winkel' } },
      admin,
    );
    expect(rejected.data.rejectExpenseClaim.status).toBe('REJECTED');
    const { nodes } = await wholeQueue(100);
    expect(nodes.map((node) => node.id)).toEqual(claims.slice(1));
    const drafts = await wholeQueue(100, 'DRAFT');
    expect(drafts.nodes.map((node) => node.description)).toEqual(['Nog niet ingediend']);
    expect((await wholeQueue(100, 'REJECTED')).nodes.map((node) => node.id)).toEqual([oldest]);
  });

  it('refuses coordinators, volunteers and partners, with no claim in the answer', async () => {
    const callers = [
      testIdentities.coordinator(FEIJENOORD, randomUUID()),
      feijenoorder,
      testIdentities.partner(demoId('partner:gemeente-rotterdam')),
    ];
    for (const caller of callers) {
      const refused = await queue({ first: 20 }, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.expenseClaimQueue ?? null).toBeNull();
    }
    const anonymous = await subgraph.query(QUEUE, { first: 20 }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cursor it did not hand out and a page size out of range', async () => {
    expect((await queue({ first: 20, after: 'bm90LWEtY3Vyc29y' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    expect((await queue({ first: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await queue({ first: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
