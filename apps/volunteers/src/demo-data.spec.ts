import { DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { MIN_CELL_SIZE } from '@buurtvolk/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from './subgraph';
import { type WellbeingFiguresChanged, wellbeingFigures } from './wellbeing/wellbeing-figures';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

describe('demo history in the outbox', () => {
  it('holds one published WellbeingFiguresChanged per demo team, the figures of the seeded checks', async () => {
    const rows: { payload: WellbeingFiguresChanged; published: boolean }[] = await subgraph.dataSource.query(
      `SELECT payload, published_at IS NOT NULL AS published FROM event_outbox WHERE type = 'WellbeingFiguresChanged' ORDER BY payload ->> 'teamId'`,
    );
    expect(rows).toHaveLength(DEMO_PLACES.length);
    expect(rows.every((row) => row.published)).toBe(true);
    const feijenoord = rows.find((row) => row.payload.teamId === demoId('team:feijenoord'))!.payload;
    // Recomputing bumps the version, so compare all but the version (the demo's is the first).
    const [recomputed] = await subgraph.dataSource.transaction((manager) => wellbeingFigures(manager, [feijenoord.teamId]));
    expect(feijenoord).toEqual({ ...recomputed, version: 1 });
    expect(feijenoord.neighbourhoodId).toBe(demoId('neighbourhood:feijenoord'));
  });

  it('has figures of 10 or more people this year in most active demo teams', async () => {
    const thisYear = Number(todayInAmsterdam().slice(0, 4));
    const rows: { teamId: string; participants: number | null }[] = await subgraph.dataSource.query(
      `SELECT payload ->> 'teamId' AS "teamId", (SELECT (y ->> 'participants')::int FROM jsonb_array_elements(payload -> 'years') y WHERE (y ->> 'year')::int = $1) AS participants
         FROM event_outbox WHERE type = 'WellbeingFiguresChanged'`,
      [thisYear],
    );
    const active = DEMO_PLACES.filter((place) => place.status === 'ACTIVE').map((place) => demoId(`team:${place.key}`));
    const shown = rows.filter((row) => active.includes(row.teamId) && (row.participants ?? 0) >= MIN_CELL_SIZE);
    expect(shown.length).toBeGreaterThan(active.length / 2);
  });
});
