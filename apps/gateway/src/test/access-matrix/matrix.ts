import type { Identity } from '@buurtvolk/identity';
import type { GraphQLResponse } from '@buurtvolk/testing';
import { CASES, type CaseName, type Cell, CELLS, type Expectation, type Outcome } from './cast';
import type { Variables, World } from './world';

/** What a cell sends: its variables, and — where the cell acts on a fresh self — who sends them. */
export interface Arranged {
  variables: Variables;
  caller?: Identity | null;
}

/**
 * One operation of the matrix: how each case calls it, and what each case gets. Rows that change state set the
 * scene per cell (`arrange`), so every allowed call has something valid to do and rows stay independent.
 */
export interface Row<Shared = unknown> {
  /** `Query.team`, `Mutation.approveHourEntries`, `Volunteer.hours`, `PersonalDataExport.finance`. */
  operation: string;
  document: string;
  /** Made once per row, before its cells: fixtures made side by side (a new person per case), or one only the admin uses up. */
  prepare?: (world: World) => Promise<Shared>;
  variables?: (cell: Cell, shared: Shared) => Variables;
  arrange?: (cell: Cell, world: World, shared: Shared) => Promise<Arranged>;
  /** The part of the answer that holds what was asked for; by default the root field. Empty (null, false): nothing. */
  answer?: (data: any, cell: Cell) => unknown;
  expect: Expectation;
  /** Rows with the same key run one after another: they take from one shared pool (e.g. what a payout batch pays). */
  serialise?: string;
}

/** What each case got: an Outcome, or an unexpected code with its message (which fails the row, saying why). */
export type Observed = Record<CaseName, Outcome | string>;

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']);

export function outcomeOf(response: GraphQLResponse, answer: unknown): Outcome | string {
  const error = response.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? `HTTP ${response.status}`);
    return REFUSALS.has(code) ? (code as Outcome) : `${code}: ${error.message}`;
  }
  return answer === null || answer === undefined || answer === false ? null : 'allowed';
}

function rootFieldOf(row: Row<any>): string {
  return row.operation.split('.')[1];
}

/**
 * Runs every cell of every row through the gateway. Rows run side by side (`concurrency` at a time); the cells of a
 * row one after another, as they often change the same record (a team's version, a person's consent).
 */
export async function runMatrix(world: World, rows: Row<any>[], concurrency = 4): Promise<Map<Row<any>, Observed>> {
  const observed = new Map<Row<any>, Observed>();
  const lanes = new Map<string, Row<any>[]>();
  for (const [i, row] of rows.entries()) {
    const lane = row.serialise ?? `row ${i}`;
    lanes.set(lane, [...(lanes.get(lane) ?? []), row]);
  }
  const queue = [...lanes.values()];
  const worker = async () => {
    for (let lane = queue.shift(); lane; lane = queue.shift()) {
      for (const row of lane) observed.set(row, await runRow(world, row));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return observed;
}

async function runRow(world: World, row: Row<any>): Promise<Observed> {
  const result = {} as Observed;
  let shared: unknown;
  try {
    shared = await row.prepare?.(world);
  } catch (error) {
    return Object.fromEntries(CASES.map((name) => [name, `fixture: ${(error as Error).message}`])) as Observed;
  }
  for (const name of CASES) {
    const cell = CELLS[name];
    try {
      const arranged = row.arrange ? await row.arrange(cell, world, shared) : { variables: row.variables?.(cell, shared) ?? {} };
      const caller = arranged.caller === undefined ? cell.identity : arranged.caller;
      const response = await world.call(caller, row.document, arranged.variables);
      const answer = row.answer ? row.answer(response.data, cell) : response.data?.[rootFieldOf(row)];
      result[name] = outcomeOf(response, answer);
    } catch (error) {
      result[name] = `fixture: ${(error as Error).message}`;
    }
  }
  return result;
}
