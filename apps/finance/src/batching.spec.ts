import { DEMO_PLACES, demoId, demoMembers, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { allowancesUsage } from './allowances/allowance-usage';
import { financeSubgraph } from './subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const year = Number(todayInAmsterdam().slice(0, 4));
/** The demo data pays allowances for January to March; member 2 of each active team gets €180, near the €220 cap. */
const month = `${year}-03`;
/** The demo teams first (they have budgets, arrangements and allowances), then empty ones up to 100. */
const teamIds = [
  ...DEMO_PLACES.map((place) => demoId(`team:${place.key}`)),
  ...Array.from({ length: 100 - DEMO_PLACES.length }, (_, i) => demoId(`team:batch-${i}`)),
];
const volunteerOf = (place: string, index: number) => demoId(`volunteer:${place}-${String(index).padStart(2, '0')}`);

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
  // More that counts towards the caps: an allowance declared from elsewhere, and an approved claim of someone with an arrangement.
  await subgraph.dataSource.query(`INSERT INTO declared_elsewhere (volunteer_id, year, amount_cents) VALUES ($1, $2, 150000)`, [
    volunteerOf('feijenoord', 3),
    year,
  ]);
  await subgraph.dataSource.query(
    `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on) VALUES ($1, $2, $3, 'FLAT_MONTHLY', 1000, $4)`,
    [demoId('arrangement:batching'), volunteerOf('charlois', 5), demoId('team:charlois'), `${year}-01-01`],
  );
  // The demo claim is materials (an advance for the foundation by default); here it is the person's own costs, which count.
  await subgraph.dataSource.query(
    `UPDATE expense_claim_items i SET kind = 'OWN_COSTS' FROM expense_claims c WHERE c.id = i.claim_id AND c.volunteer_id = $1`,
    [volunteerOf('charlois', 5)],
  );
});
afterAll(() => subgraph.destroy());

const BUDGET = 'budget(year: $year) { category allocated { cents } spent { cents } left { cents } }';
const NEAR_CAP =
  'allowancesNearCap(month: $month) { volunteer { id } month usedThisMonth { cents } usedThisYear { cents } monthlyCap { cents } yearlyCap { cents } }';

async function entities(ids: string[], selection = `${BUDGET} ${NEAR_CAP}`, as = admin) {
  const variables = [selection.includes('$year') && ', $year: Int!', selection.includes('$month') && ', $month: String!']
    .filter(Boolean)
    .join('');
  const query = `query ($representations: [_Any!]!${variables}) { _entities(representations: $representations) { ... on Team { ${selection} } } }`;
  const before = subgraph.statements.count;
  const result = await subgraph.query(query, { representations: ids.map((id) => ({ __typename: 'Team', id })), year, month }, as);
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toHaveLength(ids.length);
  return { statements: subgraph.statements.count - before, entities: result.data._entities };
}

describe('batching (no N+1)', () => {
  it.each([
    ['budgets', BUDGET],
    ['allowances near a cap', NEAR_CAP],
    ['budgets and allowances near a cap', `${BUDGET} ${NEAR_CAP}`],
  ])('resolves the %s of 100 teams with as many statements as 1', async (_, selection) => {
    expect((await entities(teamIds, selection)).statements).toBe((await entities(teamIds.slice(0, 1), selection)).statements);
  });

  it('resolves the allowances near a cap of 100 teams for a coordinator of them all with as many statements as 1', async () => {
    const coordinator = { ...testIdentities.coordinator(teamIds[0]), teamIds };
    const one = await entities(teamIds.slice(0, 1), NEAR_CAP, coordinator);
    const hundred = await entities(teamIds, NEAR_CAP, coordinator);
    expect(hundred.statements).toBe(one.statements);
    expect(hundred.entities[0]).toEqual(one.entities[0]);
    expect(one.entities[0].allowancesNearCap).toHaveLength(2);
  });

  it('gives each team its own budget and standings, the same whether asked alone or in a batch', async () => {
    const some = teamIds.slice(0, DEMO_PLACES.length + 1);
    const together = (await entities(some)).entities;
    const alone = [];
    for (const id of some) alone.push((await entities([id])).entities[0]);
    expect(together).toEqual(alone);
    expect(together[0].budget.length).toBeGreaterThan(0);
    expect(together[0].allowancesNearCap).toEqual([
      expect.objectContaining({
        volunteer: { id: volunteerOf('feijenoord', 2) },
        usedThisMonth: { cents: 18_000 },
        usedThisYear: { cents: 54_000 },
      }),
      expect.objectContaining({
        volunteer: { id: volunteerOf('feijenoord', 3) },
        usedThisMonth: { cents: 15_000 },
        usedThisYear: { cents: 195_000 },
      }),
    ]);
    expect(together[DEMO_PLACES.length]).toEqual({ budget: [], allowancesNearCap: [] });
  });

  it('counts the usage of many volunteers in one statement exactly as it counts one', async () => {
    const volunteerIds = [...demoMembers().map((member) => member.volunteerId), demoId('volunteer:nobody')];
    const one = async (volunteerId: string, asked: string) =>
      (
        await subgraph.dataSource.query(
          // The per-volunteer statement this replaced, as the reference (own costs in the month of each item, while an arrangement is in force).
          `WITH counted AS (
             SELECT month, amount_cents FROM allowances WHERE volunteer_id = $1 AND status = 'PAID'
             UNION ALL
             SELECT date_trunc('month', i.spent_on)::date, i.amount_cents
               FROM expense_claims c JOIN expense_claim_items i ON i.claim_id = c.id
              WHERE c.volunteer_id = $1 AND c.status IN ('APPROVED', 'SCHEDULED', 'PAID') AND i.kind = 'OWN_COSTS'
                AND EXISTS (SELECT 1 FROM allowance_arrangements a WHERE a.volunteer_id = $1 AND a.starts_on <= i.spent_on AND (a.ends_on IS NULL OR a.ends_on >= i.spent_on)))
           SELECT coalesce(sum(amount_cents) FILTER (WHERE month = $2::date), 0)::int AS "usedThisMonthCents",
                  coalesce(sum(amount_cents) FILTER (WHERE extract(year FROM month) = extract(year FROM $2::date)), 0)::int AS "usedThisYearCents",
                  (SELECT coalesce(sum(amount_cents), 0)::int FROM declared_elsewhere WHERE volunteer_id = $1 AND year = extract(year FROM $2::date)) AS "declaredElsewhereThisYearCents"
             FROM counted`,
          [volunteerId, `${asked}-01`],
        )
      )[0];
    for (const asked of [month, `${year}-02`, `${year}-07`]) {
      const before = subgraph.statements.count;
      const usage = await allowancesUsage(subgraph.dataSource.manager, volunteerIds, asked);
      expect(subgraph.statements.count - before).toBe(1);
      expect(Object.fromEntries(usage)).toEqual(
        Object.fromEntries(await Promise.all(volunteerIds.map(async (id) => [id, await one(id, asked)]))),
      );
    }
    expect(
      (await allowancesUsage(subgraph.dataSource.manager, [volunteerOf('charlois', 5)], month)).get(volunteerOf('charlois', 5)),
    ).toEqual({ usedThisMonthCents: 0, usedThisYearCents: 2_340, declaredElsewhereThisYearCents: 0 });
  });
});
