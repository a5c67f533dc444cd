import { latestReplay } from '@buurtvolk/events';
import { replayFinished } from '../../impact/src/test/impact-world';
import { CASES } from './test/access-matrix/cast';
import { type Observed, type Row, runMatrix } from './test/access-matrix/matrix';
import { fieldsOf, operationsOf } from './test/access-matrix/operations';
import { ROWS } from './test/access-matrix/rows';
import { World } from './test/access-matrix/world';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * Who may call what, through the real gateway on the demo data: every query and mutation of the supergraph, and
 * every field about a person that another subgraph resolves, for each caller of DESIGN.md §6 — anonymous, a
 * volunteer on themselves, a team mate and someone of another team, a coordinator on their own team, another team
 * and themselves, a partner in and outside their areas, an admin. An operation without a row fails the matrix, so
 * nobody adds one without deciding who may call it.
 */
let federation: TestFederation;
let observed: Map<Row<any>, Observed>;
const ALL_ROWS = Object.values(ROWS).flat();

beforeAll(async () => {
  federation = await startTestFederation({
    volunteers: true,
    activities: true,
    training: true,
    finance: true,
    messages: true,
    impact: true,
  });
  // The impact service learns where teams work from a replay of the others' history; survey rows need it.
  await replayFinished(federation.impact!.dataSource, (await latestReplay(federation.impact!.dataSource))!);
  const started = performance.now();
  observed = await runMatrix(new World(federation), ALL_ROWS);
  console.info(
    `Access matrix: ${ALL_ROWS.length} operations × ${CASES.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 180_000);
afterAll(() => federation?.stop());

describe('the access matrix', () => {
  it('has one row for every operation of the supergraph, and none for an operation it lacks', () => {
    const operations = operationsOf(federation.supergraphSdl);
    const fields = fieldsOf(federation.supergraphSdl);
    const rows = ALL_ROWS.map((row) => row.operation);
    expect({
      withoutRow: operations.filter((operation) => !rows.includes(operation)),
      stale: rows.filter((operation) => !fields.has(operation)),
      twice: rows.filter((operation, i) => rows.indexOf(operation) !== i),
    }).toEqual({ withoutRow: [], stale: [], twice: [] });
  });
});

describe.each(Object.entries(ROWS))('%s', (_subgraph, rows) => {
  it.each(rows.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    expect(observed.get(row)).toEqual(row.expect);
  });
});
