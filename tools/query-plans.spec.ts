/**
 * No full scan of a large table on a hot path. For each subgraph: load data in the national seed's shape, run the
 * operations people use most, record every statement they send, and ask PostgreSQL how it plans each one where it
 * may not scan sequentially (tools/query-plans/plans.ts). A table it still reads whole has no index that serves the
 * statement: at national scale (5 million hour entries, millions of ledger and audit rows) that request reads it all.
 */
import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { startTestSubgraph, StatementRecorder, type TestSubgraph } from '@buurtvolk/testing';
import { Client } from 'pg';
import { describeFindings, findFullScans } from './query-plans/findings';
import type { Operation } from './query-plans/operation';
import { fullScansIn, indexesWhereverPossible, planOf } from './query-plans/plans';
import { activities } from './query-plans/services/activities';
import { finance } from './query-plans/services/finance';
import { impact } from './query-plans/services/impact';
import { teams } from './query-plans/services/teams';
import { training } from './query-plans/services/training';
import { volunteers } from './query-plans/services/volunteers';

interface Service {
  definition: SubgraphDefinition<any>;
  load: (client: Client) => Promise<void>;
  operations: Operation[];
}

const SERVICES: Service[] = [teams, volunteers, activities, training, finance, impact];

describe.each(SERVICES.map((service) => [service.definition.name, service] as const))('the hot paths of %s', (_name, service) => {
  const recorder = new StatementRecorder();
  let subgraph: TestSubgraph;
  let db: Client;
  let explainer: Client;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(service.definition, { statements: recorder });
    db = new Client({ connectionString: subgraph.databaseUrl });
    explainer = new Client({ connectionString: subgraph.databaseUrl });
    await Promise.all([db.connect(), explainer.connect()]);
    await service.load(db);
    await indexesWhereverPossible(explainer);
  });

  afterAll(async () => {
    await Promise.all([db?.end(), explainer?.end()]);
    await subgraph?.destroy();
  });

  it('the check sees a large table read whole where no index serves the statement, and only there', async () => {
    const scanned = async (sql: string, parameters: unknown[] = []) =>
      fullScansIn(await planOf(explainer, { sql, parameters })).map((scan) => scan.how);
    expect(await scanned('SELECT * FROM audit_log WHERE action = $1', ['x'])).toEqual(['Seq Scan']);
    // Told not to scan sequentially, the planner walks a whole index instead.
    expect(await scanned('SELECT count(*) FROM audit_log')).toEqual([
      expect.stringMatching(/^Index Only Scan on audit_log_\w+ without a condition$/),
    ]);
    expect(await scanned('SELECT * FROM audit_log WHERE entity_id = md5($1)::uuid', ['x'])).toEqual([]);
    expect(await scanned('SELECT * FROM audit_log ORDER BY occurred_at DESC, id DESC LIMIT 20')).toEqual([]);
  });

  it('reads no large table whole', async () => {
    const findings = await findFullScans({ subgraph, definition: service.definition, db }, recorder, service.operations, explainer);
    expect(describeFindings(findings)).toEqual([]);
  });
});
