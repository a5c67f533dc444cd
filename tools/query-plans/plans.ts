/**
 * How PostgreSQL plans a recorded statement when sequential scans are disabled: the planner then still reads a
 * whole table only where no index can serve the statement, which is what we look for (a plan chosen on a test's
 * few thousand rows says little about five million, but a missing index is missing at any size). It reads it with a
 * Seq Scan, or — disabled scans being merely expensive to it — by walking a whole index with no condition.
 */
import type { RecordedStatement } from '@buurtvolk/testing';
import type { Client } from 'pg';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** A node that reads all of a table. */
export interface FullScan {
  table: string;
  /** `Seq Scan`, or `Index Scan on <index> without a condition`. */
  how: string;
  filter?: string;
}

/** Statements with a plan: reads and writes (transaction control, SET, SHOW and LOCK have none). */
const PLANNED = /^\s*\(*\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

export function hasPlan(statement: RecordedStatement): boolean {
  return PLANNED.test(statement.sql);
}

/** The planner's choice for `statement` with its own parameters, as a custom plan (TypeORM sends unnamed statements). */
export async function planOf(client: Client, statement: RecordedStatement): Promise<PlanNode> {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.parameters as unknown[]);
  return rows[0]['QUERY PLAN'][0].Plan;
}

/**
 * A session whose plans read through an index wherever one can serve. Hash and merge joins go too: in a sample
 * a partner serves 4 of 10 neighbourhoods, and joining all volunteers by hash is then cheaper than looking them up,
 * which at national scale (10 of 1,000) it is not; with nested loops each side shows whether an index serves it.
 */
export async function indexesWhereverPossible(client: Client): Promise<void> {
  await client.query('SET enable_seqscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off');
}

const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan']);
/** Nodes that read all their input before giving a row: below them a Limit no longer stops an index walk early. */
const READ_ALL_FIRST = new Set(['Sort', 'Aggregate', 'Hash', 'Materialize', 'SetOp', 'WindowAgg']);

/**
 * Every node of the plan (subplans and CTEs included) that reads a whole table: a Seq Scan, or an index walked
 * from end to end with no Index Cond. A walk that a Limit stops (an ordered page) is not a full scan.
 */
export function fullScansIn(plan: PlanNode, stoppedByLimit = false): FullScan[] {
  const type = plan['Node Type'];
  const table = plan['Relation Name'];
  const index = plan['Index Name'];
  const own: FullScan[] = [];
  if (table && type === 'Seq Scan') own.push({ table, how: 'Seq Scan', filter: plan.Filter });
  if (table && index && INDEX_SCANS.has(type) && !plan['Index Cond'] && !stoppedByLimit) {
    own.push({ table, how: `${type} on ${index} without a condition`, filter: plan.Filter });
  }
  const stops = (stoppedByLimit || type === 'Limit') && !READ_ALL_FIRST.has(type);
  return [...own, ...(plan.Plans ?? []).flatMap((child) => fullScansIn(child, stops))];
}
