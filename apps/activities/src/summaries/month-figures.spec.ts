import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { activitiesSubgraph } from '../subgraph';
import { callers } from '../test/callers';
import { monthFiguresLoader } from './month-figures';

/**
 * The month figures from the service's own tables: approved hours by entry date, activities held by their start in
 * Europe/Amsterdam (not UTC), distinct members — and one statement per batch, however many teams and months.
 */
let subgraph: TestSubgraph;
const TEAM = randomUUID();
const OTHER = randomUUID();
const PLACE = randomUUID();
const [ANNA, BOB, CAROL] = [randomUUID(), randomUUID(), randomUUID()];

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph);
  const db = subgraph.dataSource;
  const hours = (volunteer: string, team: string, date: string, minutes: number, status: string) =>
    db.query(
      `INSERT INTO hour_entries (id, volunteer_id, team_id, neighbourhood_id, municipality_code, entry_date, minutes, theme, status, entered_by)
       VALUES ($1, $2, $3, $4, 'GM0599', $5, $6, 'COMMUNITY', $7, 'test')`,
      [randomUUID(), volunteer, team, PLACE, date, minutes, status],
    );
  await hours(ANNA, TEAM, '2026-03-01', 120, 'APPROVED');
  await hours(ANNA, TEAM, '2026-03-31', 60, 'APPROVED');
  await hours(BOB, TEAM, '2026-03-15', 90, 'APPROVED');
  await hours(CAROL, TEAM, '2026-03-16', 240, 'SUBMITTED'); // not approved: neither hours nor a member
  await hours(CAROL, TEAM, '2026-03-17', 240, 'REJECTED');
  await hours(BOB, TEAM, '2026-04-01', 600, 'APPROVED'); // next month
  await hours(BOB, OTHER, '2026-03-10', 600, 'APPROVED'); // another team
  const activity = (startsAt: string, status: string, reached: number | null) =>
    db.query(
      `INSERT INTO activities (id, team_id, neighbourhood_id, theme, title, starts_at, ends_at, status, residents_reached)
       VALUES ($1, $2, $3, 'COMMUNITY', 'Test', $4::timestamptz, $4::timestamptz + interval '2 hours', $5, $6)`,
      [randomUUID(), TEAM, PLACE, startsAt, status, reached],
    );
  await activity('2026-02-28T23:30:00Z', 'DONE', 10); // 00:30 on 1 March in Amsterdam: March
  await activity('2026-03-14T09:00:00Z', 'DONE', 25);
  await activity('2026-03-20T09:00:00Z', 'DONE', null);
  await activity('2026-03-21T09:00:00Z', 'CANCELLED', 99);
  await activity('2026-03-25T09:00:00Z', 'PLANNED', null);
  await activity('2026-03-31T22:30:00Z', 'DONE', 40); // 00:30 on 1 April (summer time): April
}, 60_000);
afterAll(() => subgraph.destroy());

describe('a team’s month figures', () => {
  it('counts approved hours, activities held, residents reached and members in the Amsterdam month', async () => {
    const loader = monthFiguresLoader(subgraph.dataSource);
    expect(await loader.load(`${TEAM}|2026-03`)).toEqual({
      teamId: TEAM,
      month: '2026-03',
      approvedMinutes: 270,
      activitiesHeld: 3,
      residentsReached: 35,
      activeMembers: 2,
    });
    expect(await loader.load(`${TEAM}|2026-04`)).toMatchObject({
      approvedMinutes: 600,
      activitiesHeld: 1,
      residentsReached: 40,
      activeMembers: 1,
    });
    expect(await loader.load(`${TEAM}|2025-12`)).toMatchObject({
      approvedMinutes: 0,
      activitiesHeld: 0,
      residentsReached: 0,
      activeMembers: 0,
    });
  });

  it('computes 100 teams’ months with as many statements as one', async () => {
    const teams = Array.from({ length: 100 }, (_, i) => demoId(`team:summary-batch-${i}`));
    const statementsFor = async (ids: string[]) => {
      const before = subgraph.statements.count;
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { monthSummary(month: "2026-03") { id } } } }`,
        { representations: ids.map((id) => ({ __typename: 'Team', id })) },
        callers.admin,
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements.count - before;
    };
    expect(await statementsFor(teams)).toBe(await statementsFor(teams.slice(0, 1)));
    const loader = monthFiguresLoader(subgraph.dataSource);
    const before = subgraph.statements.count;
    await Promise.all(teams.map((id) => loader.load(`${id}|2026-03`)));
    expect(subgraph.statements.count - before).toBe(1);
  });
});
