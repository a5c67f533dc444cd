/** Runs a subgraph's hot operations, records their statements and finds the full scans of large tables in their plans. */
import type { RecordedStatement, StatementRecorder } from '@buurtvolk/testing';
import type { Client } from 'pg';
import { isLarge } from './large-tables';
import type { Operation, World } from './operation';
import { fullScansIn, hasPlan, planOf } from './plans';

export interface Finding {
  operation: string;
  table: string;
  how: string;
  filter?: string;
  sql: string;
}

/** Runs each operation in turn, recording its statements, and plans every one of them on `explainer`. */
export async function findFullScans(
  world: World,
  recorder: StatementRecorder,
  operations: Operation[],
  explainer: Client,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const operation of operations) {
    const arranged = await operation.arrange(world);
    const { statements } = await recorder.record(() => operation.act(world, arranged));
    const planned = statements.filter(hasPlan);
    if (!planned.length) throw new Error(`${operation.name} sent no statement to plan`);
    for (const statement of planned) {
      for (const scan of fullScansIn(await planOf(explainer, statement))) {
        if (isLarge(scan.table)) findings.push({ operation: operation.name, ...scan, sql: oneLine(statement) });
      }
    }
  }
  return findings;
}

function oneLine(statement: RecordedStatement): string {
  return statement.sql.replace(/\s+/g, ' ').trim();
}

function shortened(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** One line per finding, for a failure message a reader can act on: the operation, the table, how, the statement. */
export function describeFindings(findings: Finding[]): string[] {
  return findings.map(
    (finding) =>
      `"${finding.operation}" reads all of ${finding.table} (${finding.how}${finding.filter ? `, filter ${shortened(finding.filter, 200)}` : ''}): ${shortened(finding.sql, 400)}`,
  );
}
