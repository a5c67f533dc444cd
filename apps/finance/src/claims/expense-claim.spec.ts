import { DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { createHash, randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { joinTeam, leaveTeam } from '../test/join-team';

let subgraph: TestSubgraph;
const FEIJENOORD = demoId('team:feijenoord');
const claimant = testIdentities.volunteer(randomUUID(), FEIJENOORD);
const coordinator = testIdentities.coordinator(FEIJENOORD, randomUUID());
const today = todayInAmsterdam();
const key = () => `test-${randomUUID()}`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
  await joinTeam(subgraph.dataSource, claimant.volunteerId!);
});
afterAll(() => subgraph.destroy());

const DRAFT = `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id status version items { category amount { cents } } } }`;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { status version } }`;
const APPROVE = `mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { status version } }`;
const item = (cents: number) => ({
  category: 'TRAVEL',
  spentOn: today,
  amount: { cents },
  receiptRef: 'receipts/ov-chipkaart.pdf',
  receiptSha256: sha(`receipt-${cents}`),
});

async function submittedClaim(cents = 1_250, by = claimant) {
  const { data } = await subgraph.query(
    DRAFT,
    { input: { teamId: FEIJENOORD, items: [item(cents), { ...item(400), category: 'MATERIALS' }], idempotencyKey: key() } },
    by,
  );
  await subgraph.query(SUBMIT, { id: data.draftExpenseClaim.id, version: 1 }, by);
  return data.draftExpenseClaim.id as string;
}

describe('expense claims', () => {
  it('moves from draft through submitted to approved, booked on the team budget and audited at every step', async () => {
    const { data } = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(1_250)], idempotencyKey: key() } }, claimant);
    expect(data.draftExpenseClaim).toMatchObject({ status: 'DRAFT', items: [{ category: 'TRAVEL', amount: { cents: 1_250 } }] });
    const id = data.draftExpenseClaim.id;
    expect((await subgraph.query(SUBMIT, { id, version: 1 }, claimant)).data.submitExpenseClaim).toEqual({
      status: 'SUBMITTED',
      version: 2,
    });
    expect((await subgraph.query(APPROVE, { id, version: 2, key: key() }, coordinator)).data.approveExpenseClaim).toEqual({
      status: 'APPROVED',
      version: 3,
    });
    const [entry] = await subgraph.dataSource.query(
      `SELECT kind, amount_cents::int AS cents, to_account FROM ledger_entries e JOIN expense_claims c ON c.ledger_entry_id = e.id WHERE c.id = $1`,
      [id],
    );
    expect(entry).toEqual({ kind: 'EXPENSE', cents: 1_250, to_account: `payable:${claimant.volunteerId}` });
    const audit = await subgraph.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['claim.drafted', 'claim.submitted', 'claim.approved']);
  });

  it('refuses approving your own claim, approving twice, and paying what is not submitted', async () => {
    const id = await submittedClaim();
    const own = await subgraph.query(APPROVE, { id, version: 2, key: key() }, testIdentities.coordinator(FEIJENOORD, claimant.volunteerId));
    expect(own.errors?.[0]).toMatchObject({ message: 'Nobody decides on their own claim', extensions: { code: 'FORBIDDEN' } });
    await subgraph.query(APPROVE, { id, version: 2, key: key() }, coordinator);
    const twice = await subgraph.query(APPROVE, { id, version: 3, key: key() }, coordinator);
    expect(twice.errors?.[0]).toMatchObject({ message: 'This claim is already approved', extensions: { code: 'CONFLICT' } });
    const { data } = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(100)], idempotencyKey: key() } }, claimant);
    const draft = await subgraph.query(APPROVE, { id: data.draftExpenseClaim.id, version: 1, key: key() }, coordinator);
    expect(draft.errors?.[0]).toMatchObject({ message: 'A claim that is DRAFT cannot become APPROVED', extensions: { code: 'CONFLICT' } });
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, testIdentities.admin())).data.ledgerCheck.balanced).toBe(true);
  });

  it("keeps idempotency keys to their caller: another person's key gives their own new claim, never the first one", async () => {
    const shared = key();
    const first = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(700)], idempotencyKey: shared } }, claimant);
    const retry = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(700)], idempotencyKey: shared } }, claimant);
    expect(retry.data.draftExpenseClaim.id).toBe(first.data.draftExpenseClaim.id);
    const other = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    await joinTeam(subgraph.dataSource, other.volunteerId!);
    const theirs = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(300)], idempotencyKey: shared } }, other);
    expect(theirs.data.draftExpenseClaim).toMatchObject({ status: 'DRAFT', items: [{ amount: { cents: 300 } }] });
    expect(theirs.data.draftExpenseClaim.id).not.toBe(first.data.draftExpenseClaim.id);
  });

  it('sends a claim back as incomplete, and rejects with a reason', async () => {
    const id = await submittedClaim();
    const back = await subgraph.query(
      `mutation ($input: DecideExpenseClaimInput!) { returnExpenseClaim(input: $input) { status reason } }`,
      { input: { id, version: 2, reason: 'Bonnetje ontbreekt' } },
      coordinator,
    );
    expect(back.data.returnExpenseClaim).toEqual({ status: 'INCOMPLETE', reason: 'Bonnetje ontbreekt' });
    expect((await subgraph.query(SUBMIT, { id, version: 3 }, claimant)).data.submitExpenseClaim.status).toBe('SUBMITTED');
    const rejected = await subgraph.query(
      `mutation ($input: DecideExpenseClaimInput!) { rejectExpenseClaim(input: $input) { status reason } }`,
      { input: { id, version: 4, reason: 'Geen kosten voor Buurtvolk' } },
      coordinator,
    );
    expect(rejected.data.rejectExpenseClaim).toEqual({ status: 'REJECTED', reason: 'Geen kosten voor Buurtvolk' });
  });

  it('refuses zero, negative and fractional amounts, unknown categories, bad receipt hashes and future costs, writing nothing', async () => {
    const [{ before }] = await subgraph.dataSource.query('SELECT count(*)::int AS before FROM expense_claims');
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: { cents: 0 } }, 'items.0.amount.cents'],
      [{ amount: { cents: -100 } }, 'items.0.amount.cents'],
      [{ receiptSha256: 'abc' }, 'items.0.receiptSha256'],
      [{ spentOn: '2999-01-01' }, 'items.0.spentOn'],
    ];
    for (const [override, field] of cases) {
      const result = await subgraph.query(
        DRAFT,
        { input: { teamId: FEIJENOORD, items: [{ ...item(100), ...override }], idempotencyKey: key() } },
        claimant,
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields.map((failure: { field: string }) => failure.field)).toContain(field);
    }
    for (const override of [{ amount: { cents: 12.5 } }, { category: 'CIGARS' }]) {
      const result = await subgraph.query(
        DRAFT,
        { input: { teamId: FEIJENOORD, items: [{ ...item(100), ...override }], idempotencyKey: key() } },
        claimant,
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const [{ after }] = await subgraph.dataSource.query('SELECT count(*)::int AS after FROM expense_claims');
    expect(after).toBe(before);
  });
});

describe('who claims and who decides', () => {
  it('refuses the claimant deciding on their own claim, however their token spells their id', async () => {
    const id = await submittedClaim();
    const shouting = testIdentities.coordinator(FEIJENOORD, claimant.volunteerId!.toUpperCase());
    const own = await subgraph.query(APPROVE, { id, version: 2, key: key() }, shouting);
    expect(own.errors?.[0]).toMatchObject({ message: 'Nobody decides on their own claim', extensions: { code: 'FORBIDDEN' } });
    const [{ status }] = await subgraph.dataSource.query('SELECT status FROM expense_claims WHERE id = $1', [id]);
    expect(status).toBe('SUBMITTED');
  });

  it('takes claims only from current members of the team, whatever teams their token lists', async () => {
    const left = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    await leaveTeam(subgraph.dataSource, await joinTeam(subgraph.dataSource, left.volunteerId!));
    const stranger = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    for (const caller of [left, stranger]) {
      const result = await subgraph.query(DRAFT, { input: { teamId: FEIJENOORD, items: [item(500)], idempotencyKey: key() } }, caller);
      expect(result.errors?.[0]).toMatchObject({
        message: 'A volunteer claims their own costs, for their own team',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(
      await subgraph.dataSource.query('SELECT id FROM expense_claims WHERE volunteer_id = ANY($1)', [
        [left.volunteerId, stranger.volunteerId],
      ]),
    ).toEqual([]);
  });

  it("leaves the claim of someone who left the team to an admin, not to the team's coordinator", async () => {
    const leaver = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    const membership = await joinTeam(subgraph.dataSource, leaver.volunteerId!);
    const id = await submittedClaim(900, leaver);
    await leaveTeam(subgraph.dataSource, membership);
    const byCoordinator = await subgraph.query(APPROVE, { id, version: 2, key: key() }, coordinator);
    expect(byCoordinator.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const RETURN = `mutation ($input: DecideExpenseClaimInput!) { returnExpenseClaim(input: $input) { status } }`;
    expect(
      (await subgraph.query(RETURN, { input: { id, version: 2, reason: 'Bonnetje ontbreekt' } }, coordinator)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await subgraph.query(APPROVE, { id, version: 2, key: key() }, testIdentities.admin())).data.approveExpenseClaim.status).toBe(
      'APPROVED',
    );
  });
});

describe('listing claims', () => {
  const LIST_OWN = `query ($representations: [_Any!]!, $status: ClaimStatus) { _entities(representations: $representations) { ... on Volunteer { expenseClaims(first: 100, status: $status) { totalCount edges { node { id status description createdAt total { cents } volunteer { id } items { amount { cents } } } } } } } }`;
  const LIST_TEAM = `query ($representations: [_Any!]!, $status: ClaimStatus, $first: Int!, $after: String) { _entities(representations: $representations) { ... on Team { expenseClaims(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status total { cents } volunteer { id } } } } } } }`;
  const own = (volunteerId: string, as: ReturnType<typeof testIdentities.volunteer>, status?: string) =>
    subgraph.query(LIST_OWN, { representations: [{ __typename: 'Volunteer', id: volunteerId }], status }, as);
  const team = (as: ReturnType<typeof testIdentities.volunteer>, variables: Record<string, unknown> = {}) =>
    subgraph.query(LIST_TEAM, { representations: [{ __typename: 'Team', id: FEIJENOORD }], first: 100, ...variables }, as);

  it('shows a person their own claims, newest first, with what they were for and their total', async () => {
    const person = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    await joinTeam(subgraph.dataSource, person.volunteerId!);
    const first = await subgraph.query(
      DRAFT,
      { input: { teamId: FEIJENOORD, description: 'Koffie voor de buurtochtend', items: [item(300), item(450)], idempotencyKey: key() } },
      person,
    );
    const second = await submittedClaim(200, person);
    const { data, errors } = await own(person.volunteerId!, person);
    expect(errors).toBeUndefined();
    const { totalCount, edges } = data._entities[0].expenseClaims;
    expect(totalCount).toBe(2);
    expect(edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([second, first.data.draftExpenseClaim.id]);
    expect(edges[1].node).toMatchObject({
      status: 'DRAFT',
      description: 'Koffie voor de buurtochtend',
      total: { cents: 750 },
      volunteer: { id: person.volunteerId },
    });
    expect((await own(person.volunteerId!, person, 'SUBMITTED')).data._entities[0].expenseClaims.totalCount).toBe(1);
    expect((await own(person.volunteerId!, testIdentities.admin())).data._entities[0].expenseClaims.totalCount).toBe(2);
  });

  it("keeps a person's list from team mates and coordinators", async () => {
    for (const caller of [testIdentities.volunteer(randomUUID(), FEIJENOORD), coordinator]) {
      const result = await own(claimant.volunteerId!, caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data?._entities?.[0]?.expenseClaims ?? null).toBeNull();
    }
  });

  it("lists a team's submitted claims of current members for its coordinator, not those of people who left", async () => {
    const stays = await submittedClaim(600);
    const leaver = testIdentities.volunteer(randomUUID(), FEIJENOORD);
    const membership = await joinTeam(subgraph.dataSource, leaver.volunteerId!);
    const left = await submittedClaim(650, leaver);
    await leaveTeam(subgraph.dataSource, membership);
    const ids = async (as: ReturnType<typeof testIdentities.volunteer>) =>
      (
        (await team(as, { status: 'SUBMITTED' })).data._entities[0].expenseClaims.edges as {
          node: { id: string; status: string; volunteer: { id: string } };
        }[]
      ).map((edge) => edge.node);
    const seen = await ids(coordinator);
    expect(seen.map((claim) => claim.id)).toContain(stays);
    expect(seen.map((claim) => claim.id)).not.toContain(left);
    expect(seen.every((claim) => claim.status === 'SUBMITTED')).toBe(true);
    expect((await ids(testIdentities.admin())).map((claim) => claim.id)).toEqual(expect.arrayContaining([stays, left]));
  });

  it("refuses a team's claims to its volunteers and to coordinators of other teams", async () => {
    for (const caller of [claimant, testIdentities.coordinator(demoId('team:charlois'), randomUUID())]) {
      expect((await team(caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('pages through a team’s claims without skipping or repeating one', async () => {
    const all = (await team(coordinator)).data._entities[0].expenseClaims;
    expect(all.totalCount).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
        await team(coordinator, { first: 2, after })
      ).data._entities[0].expenseClaims;
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge: { node: { id: string } }) => edge.node.id));
  });

  it('loads the items of many claims with as many statements as for one', async () => {
    const count = async (first: number) => {
      const before = subgraph.statements.count;
      await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { expenseClaims(first: ${first}) { edges { node { total { cents } items { amount { cents } } } } } } } }`,
        { representations: [{ __typename: 'Team', id: FEIJENOORD }] },
        testIdentities.admin(),
      );
      return subgraph.statements.count - before;
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('lists the first page of many teams’ claims with as many statements as of one team', async () => {
    const count = async (teamIds: string[]) => {
      const before = subgraph.statements.count;
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { expenseClaims(first: 3) { totalCount edges { node { id } } } } } }`,
        { representations: teamIds.map((id) => ({ __typename: 'Team', id })) },
        testIdentities.admin(),
      );
      expect(result.errors).toBeUndefined();
      return {
        statements: subgraph.statements.count - before,
        pages: result.data._entities.map((entity: { expenseClaims: { totalCount: number } }) => entity.expenseClaims.totalCount),
      };
    };
    const teams = DEMO_PLACES.map((place) => demoId(`team:${place.key}`));
    const one = await count([FEIJENOORD]);
    const many = await count(teams);
    expect(many.statements).toBe(one.statements);
    // Each team gets its own page: Feijenoord's count is the same alone as among the others.
    expect(many.pages[teams.indexOf(FEIJENOORD)]).toBe(one.pages[0]);
  });
});
