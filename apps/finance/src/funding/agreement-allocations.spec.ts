import { DEMO_PARTNERS, DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('team:feijenoord');
const ROTTERDAM = demoId('partner:gemeente-rotterdam');
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const CREATE = `mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }`;
const ALLOCATE = `mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`;
const REVERSE = `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id } }`;
const MONEY = `amount { cents } allocated { cents } unallocated { cents } allocations { team { id } year category amount { cents } }`;
const AGREEMENTS = `{ fundingAgreements { id title ${MONEY} } }`;
const AGREEMENT = `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement { id ${MONEY} } } }`;

interface Agreement {
  id: string;
  title: string;
  amount: { cents: number };
  allocated: { cents: number };
  unallocated: { cents: number };
  allocations: { team: { id: string }; year: number; category: string; amount: { cents: number } }[];
}

async function agreements(): Promise<Agreement[]> {
  const result = await subgraph.query(AGREEMENTS, {}, admin);
  expect(result.errors).toBeUndefined();
  return result.data.fundingAgreements;
}

async function newAgreement(cents: number): Promise<string> {
  const input = {
    partnerId: ROTTERDAM,
    title: `Verdeling ${randomUUID()}`,
    amount: { cents },
    startsOn: `${year}-01-01`,
    endsOn: `${year + 1}-12-31`,
    teamIds: [FEIJENOORD],
    socialReturnCentsPerEuro: 190,
    idempotencyKey: key(),
  };
  return (await subgraph.query(CREATE, { input }, admin)).data.createFundingAgreement.id;
}

const allocate = (agreementId: string, category: string, cents: number, budgetYear = year) =>
  subgraph.query(
    ALLOCATE,
    { input: { agreementId, teamId: FEIJENOORD, year: budgetYear, category, amount: { cents }, idempotencyKey: key() } },
    admin,
  );

describe('what an agreement has allocated to team budgets', () => {
  it('shows the demo agreements with this year’s budgets of their active teams, and what is left', async () => {
    const rotterdam = (await agreements()).find((agreement) => agreement.id === demoId('agreement:gemeente-rotterdam'));
    const partner = DEMO_PARTNERS.find((candidate) => candidate.key === 'gemeente-rotterdam')!;
    const active = DEMO_PLACES.filter((place) => (partner.serves as readonly string[]).includes(place.key) && place.status !== 'FORMING');
    expect(rotterdam).toBeDefined();
    // Four categories per active team, this year; the amount holds four years of it.
    expect(rotterdam!.allocations).toHaveLength(active.length * 4);
    expect(new Set(rotterdam!.allocations.map((allocation) => allocation.team.id))).toEqual(
      new Set(active.map((place) => demoId(`team:${place.key}`))),
    );
    expect(rotterdam!.allocations.every((allocation) => allocation.year === year)).toBe(true);
    const sum = rotterdam!.allocations.reduce((total, allocation) => total + allocation.amount.cents, 0);
    expect(rotterdam!.allocated.cents).toBe(sum);
    expect(rotterdam!.unallocated.cents).toBe(rotterdam!.amount.cents - sum);
    expect(rotterdam!.unallocated.cents).toBeGreaterThan(0);
  });

  it('adds an allocation to its team budget and takes it off what is left, and a reversal gives it back', async () => {
    const id = await newAgreement(500_000);
    const entity = async (): Promise<Agreement> => (await subgraph.query(AGREEMENT, { id }, admin)).data._entities[0];
    expect(await entity()).toMatchObject({ allocated: { cents: 0 }, unallocated: { cents: 500_000 }, allocations: [] });

    await allocate(id, 'TRAINING', 120_000);
    await allocate(id, 'TRAINING', 30_000);
    const entry = (await allocate(id, 'ACTIVITIES', 50_000, year + 1)).data.allocateBudget.id;
    expect(await entity()).toMatchObject({
      allocated: { cents: 200_000 },
      unallocated: { cents: 300_000 },
      // By year, then team, then category: two allocations to one budget are one line.
      allocations: [
        { team: { id: FEIJENOORD }, year, category: 'TRAINING', amount: { cents: 150_000 } },
        { team: { id: FEIJENOORD }, year: year + 1, category: 'ACTIVITIES', amount: { cents: 50_000 } },
      ],
    });

    await subgraph.query(REVERSE, { input: { entryId: entry, reason: 'Verkeerd jaar', idempotencyKey: key() } }, admin);
    expect(await entity()).toMatchObject({
      allocated: { cents: 150_000 },
      unallocated: { cents: 350_000 },
      allocations: [{ year, category: 'TRAINING', amount: { cents: 150_000 } }],
    });
  });

  it('refuses allocating more than is left, at the amount, and books nothing', async () => {
    const id = await newAgreement(100_000);
    await allocate(id, 'COORDINATION', 60_000);
    const over = await allocate(id, 'COORDINATION', 40_001);
    expect(over.errors?.[0]).toMatchObject({
      message: 'The agreement has 40000 cents left to allocate; 40001 were asked',
      extensions: { code: 'CONFLICT', fields: [{ field: 'amount.cents', message: 'is more than the 40000 cents the agreement has left' }] },
    });
    const entity = (await subgraph.query(AGREEMENT, { id }, admin)).data._entities[0];
    expect(entity).toMatchObject({ allocated: { cents: 60_000 }, unallocated: { cents: 40_000 } });
  });

  it('keeps how an agreement is divided over team budgets from its funder and everyone but admins', async () => {
    const id = await newAgreement(80_000);
    await allocate(id, 'ACTIVITIES', 10_000);
    const funder = testIdentities.partner(ROTTERDAM);
    const asFunder = await subgraph.query(
      `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement { id title amount { cents } ${MONEY.replace('amount { cents } ', '')} } } }`,
      { id },
      funder,
    );
    // The funder sees its agreement, but not the budgets it pays for.
    expect(asFunder.data._entities[0]).toMatchObject({
      id,
      amount: { cents: 80_000 },
      allocated: null,
      unallocated: null,
      allocations: null,
    });
    expect(asFunder.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    for (const caller of [testIdentities.coordinator(FEIJENOORD), testIdentities.volunteer(randomUUID(), FEIJENOORD)]) {
      const refused = await subgraph.query(AGREEMENTS, {}, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.fundingAgreements ?? null).toBeNull();
    }
  });

  it('reads the allocations of every agreement with as many statements as of one', async () => {
    for (let i = 0; i < 3; i++) await allocate(await newAgreement(10_000), 'TRAINING', 1_000);
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = subgraph.statements.count;
      const result = await subgraph.query(query, variables, admin);
      expect(result.errors).toBeUndefined();
      return subgraph.statements.count - before;
    };
    const all = await agreements();
    expect(all.length).toBeGreaterThan(5);
    const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'FundingAgreement', id }));
    const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on FundingAgreement { id ${MONEY} } } }`;
    const one = await count(ENTITIES, { representations: representations(all.slice(0, 1).map((agreement) => agreement.id)) });
    const many = await count(ENTITIES, { representations: representations(all.map((agreement) => agreement.id)) });
    expect(many).toBe(one);
  });
});
