import { todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, type GraphQLResponse, postGraphQL } from '@buurtvolk/testing';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { locateSilentNull, printChain, unexplainedNulls } from './schema-walk-nulls';
import {
  type ArgumentFiller,
  fieldsOf,
  planRoot,
  printQuery,
  type Selection,
  selectionAt,
  splitIntoQueries,
  without,
} from './schema-walk-plan';

/**
 * Walks the whole read side of the supergraph through the gateway as one caller: every root field, every field
 * below it, with required arguments filled from ids found on the way. It records what came back, what was
 * refused and what failed; the spec decides what is acceptable.
 */

export interface WalkCaller {
  name: string;
  /** null: no token. */
  identity: Identity | null;
  /** Ids this caller knows before it asks anything (its own record, its team), by type. */
  knows?: Record<string, string[]>;
}

export interface WalkFailure {
  caller: string;
  code: string;
  message: string;
  /** `Type.field` the error points at. */
  field: string;
  query: string;
}

export interface CallerReport {
  caller: string;
  queries: number;
  /** `Type.field`s asked. */
  asked: Set<string>;
  /** `Type.field`s that came back with a value. */
  answered: Set<string>;
  /** For fields of records: the ids of the records whose field came back with a value, e.g. whose e-mail was shown. */
  answeredOn: Map<string, Set<string>>;
  /** Refusals by code (FORBIDDEN, UNAUTHENTICATED), and the fields they were on. */
  refusals: Map<string, number>;
  refused: Set<string>;
  failures: WalkFailure[];
  /** Fields that came back null without an error and were asked again to see why. */
  nullsChecked: Set<string>;
  /** `Type.field`s not asked: a required argument had no value (e.g. no record of that type was found). */
  skipped: Set<string>;
  /** The query that took longest: the gateway's subgraph timeout in tests is 2 s. */
  slowest: { ms: number; query: string };
}

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const BROKEN_NON_NULL = /Cannot return null for non-nullable field/;
/** How often a query is asked again without the non-null fields refused in it. */
const MAX_PRUNING_ROUNDS = 10;

/** Ids found so far, by type, in the order found. */
class IdPool {
  private readonly ids = new Map<string, string[]>();

  add(type: string, id: string): void {
    const known = this.ids.get(type) ?? [];
    if (!known.includes(id)) this.ids.set(type, [...known, id]);
  }

  first(type: string): string | undefined {
    return this.ids.get(type)?.[0];
  }
}

interface CallerWalk {
  caller: WalkCaller;
  report: CallerReport;
  own: IdPool;
  headers: Record<string, string>;
  /** Non-null fields this caller was refused: left out when a query is asked again. */
  refusedNonNull: Set<string>;
}

export class SchemaWalk {
  /** What every caller found; a later caller also asks for the records an earlier one (the admin) could see. */
  private readonly everyone = new IdPool();
  private readonly today = todayInAmsterdam();

  constructor(
    private readonly url: string,
    private readonly schema: GraphQLSchema,
    private readonly concurrency = 4,
  ) {}

  async walk(caller: WalkCaller): Promise<CallerReport> {
    const report: CallerReport = {
      caller: caller.name,
      queries: 0,
      asked: new Set(),
      answered: new Set(),
      answeredOn: new Map(),
      refusals: new Map(),
      refused: new Set(),
      failures: [],
      nullsChecked: new Set(),
      skipped: new Set(),
      slowest: { ms: 0, query: '' },
    };
    const walk: CallerWalk = {
      caller,
      report,
      own: new IdPool(),
      headers: caller.identity ? await bearerHeaders(caller.identity) : {},
      refusedNonNull: new Set(),
    };
    for (const [type, ids] of Object.entries(caller.knows ?? {})) ids.forEach((id) => walk.own.add(type, id));

    // Lists first, then the lookups that need an id found in them, until no further root field can be asked.
    let pending = Object.keys(this.schema.getQueryType()!.getFields());
    for (;;) {
      const planned = pending.flatMap((root) => this.variantsOf(root, walk.own).flatMap((fill) => planRoot(this.schema, root, fill) ?? []));
      if (planned.length === 0) break;
      const asked = new Set(planned.map((plan) => plan.tree.field));
      pending = pending.filter((root) => !asked.has(root));
      planned.forEach((plan) => plan.unfilled.forEach((field) => report.skipped.add(field)));
      await inParallel(
        planned.flatMap((plan) => splitIntoQueries(plan.tree)),
        this.concurrency,
        (tree) => this.ask(walk, tree),
      );
    }
    pending.forEach((root) => report.skipped.add(`Query.${root}`));
    for (const field of report.asked) report.skipped.delete(field);
    return report;
  }

  /**
   * Asks one query. A refused non-null field empties the field above it, hiding what else was asked there, so the
   * query is asked again without it, and without the non-null fields this caller was refused before (GraphQL
   * reports one such refusal per object at a time).
   */
  private async ask(walk: CallerWalk, tree: Selection): Promise<void> {
    let current = tree;
    for (let round = 0; round < MAX_PRUNING_ROUNDS; round++) {
      const response = await this.send(walk, current);
      this.record(walk, current, response);
      await this.findSilentNulls(walk, current, response);
      const emptying = (response.errors ?? [])
        .filter((error) => error.path && REFUSALS.has(String(error.extensions?.code)))
        .map((error) => selectionAt(current, error.path))
        .filter((node) => node !== current && !node.nullable);
      if (emptying.length === 0) return;
      emptying.forEach((node) => walk.refusedNonNull.add(`${node.parent}.${node.field}`));
      current = without(current, (node) => node !== current && walk.refusedNonNull.has(`${node.parent}.${node.field}`));
    }
  }

  private async send(walk: CallerWalk, tree: Selection): Promise<GraphQLResponse> {
    walk.report.queries++;
    const started = performance.now();
    const response = await postGraphQL(this.url, { query: printQuery(tree) }, walk.headers);
    const ms = Math.round(performance.now() - started);
    if (ms > walk.report.slowest.ms) walk.report.slowest = { ms, query: printQuery(tree) };
    return response;
  }

  /**
   * One filler per id to try for a root field: the caller's own find first, then what the others found (so a
   * volunteer also asks for someone else's record and must be refused). Nested fields only need years and months.
   */
  private variantsOf(root: string, own: IdPool): ArgumentFiller[] {
    const field = this.schema.getQueryType()!.getFields()[root];
    const idArgument = field.args.find(
      (argument) => isNonNullType(argument.type) && getNamedType(argument.type).name === 'ID' && argument.defaultValue === undefined,
    );
    const target = idArgument && this.idTypeOf(field, idArgument);
    const ids = target
      ? [...new Set([own.first(target), this.everyone.first(target)].filter((id): id is string => id !== undefined))]
      : [undefined];
    return ids.map(
      (id) => (_parent, _field, argument) =>
        argument === idArgument ? (id === undefined ? undefined : JSON.stringify(id)) : this.valueFor(argument),
    );
  }

  /** Values for required arguments other than ids: this year, this month, today, the first enum value. */
  private valueFor(argument: GraphQLArgument): string | undefined {
    const type = getNamedType(argument.type);
    if (argument.name === 'year' && type.name === 'Int') return this.today.slice(0, 4);
    if (argument.name === 'month' && type.name === 'String') return JSON.stringify(this.today.slice(0, 7));
    if (type.name === 'LocalDate') return JSON.stringify(this.today);
    if (type.name === 'DateTime') return JSON.stringify(new Date().toISOString());
    if (type.name === 'Boolean') return 'false';
    if (isEnumType(type)) return type.getValues()[0].name;
    return undefined;
  }

  /** The type an id argument names: `volunteerId` a Volunteer, `team(id)` a Team, `payoutBatchFile(id)` a PayoutBatch. */
  private idTypeOf(field: GraphQLField<unknown, unknown>, argument: GraphQLArgument): string | undefined {
    if (argument.name !== 'id') return capitalise(argument.name.replace(/Id$/, ''));
    const returned = getNamedType(field.type);
    if (isObjectType(returned) && 'id' in returned.getFields()) return returned.name;
    return Object.values(this.schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          isObjectType(type) && 'id' in type.getFields() && field.name.toLowerCase().startsWith(type.name.toLowerCase()),
      )
      .sort((a, b) => b.name.length - a.name.length)[0]?.name;
  }

  private record({ caller, report, own }: CallerWalk, tree: Selection, response: GraphQLResponse): void {
    const query = printQuery(tree);
    const fail = (code: string, message: string, field: string) =>
      report.failures.push({ caller: caller.name, code, message, field, query });
    fieldsOf(tree, report.asked);
    if (response.data) this.harvest(tree, response.data[tree.field], report, own);
    if (!response.data && !response.errors) fail(`HTTP ${response.status}`, response.text.slice(0, 200), `Query.${tree.field}`);
    for (const error of response.errors ?? []) {
      const code = String(error.extensions?.code ?? 'NONE');
      const node = selectionAt(tree, error.path);
      const field = `${node.parent}.${node.field}`;
      if (!REFUSALS.has(code) || BROKEN_NON_NULL.test(error.message)) {
        fail(code, error.message, field);
      } else if (!error.path) {
        // A token the gateway accepted is refused field by field: a refusal of the whole answer hides what the caller may see.
        fail(code, `refused without naming a field, so the whole answer was lost: ${error.message}`, field);
      } else {
        report.refusals.set(code, (report.refusals.get(code) ?? 0) + 1);
        report.refused.add(field);
      }
    }
  }

  /** Each field that came back null without an error is asked again, once per caller, to see whether the gateway emptied it. */
  private async findSilentNulls(walk: CallerWalk, tree: Selection, response: GraphQLResponse): Promise<void> {
    for (const found of unexplainedNulls(tree, response.data, response.errors)) {
      const field = `${found.node.parent}.${found.node.field}`;
      if (walk.report.nullsChecked.has(field)) continue;
      walk.report.nullsChecked.add(field);
      const chain = await locateSilentNull(async (probe) => (await this.send(walk, probe)).data, tree, found);
      if (chain) {
        walk.report.failures.push({
          caller: walk.caller.name,
          code: 'EMPTIED_BY_GATEWAY',
          message: `${field} came back null without an error: asking ${printChain(chain)} below it empties it (a non-null field there got no value)`,
          field: `${chain[0].parent}.${chain[0].field}`,
          query: printQuery(tree),
        });
      }
    }
  }

  /** Notes which fields came back with a value, and keeps the ids of the records in the answer. */
  private harvest(node: Selection, value: unknown, report: CallerReport, own: IdPool): void {
    if (value === null || value === undefined) return;
    if (node.field !== '__typename') report.answered.add(`${node.parent}.${node.field}`);
    if (Array.isArray(value)) {
      value.forEach((item) => this.harvest(node, item, report, own));
      return;
    }
    if (node.children.length === 0 || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const id = typeof record.id === 'string' && isObjectType(node.type) && 'id' in node.type.getFields() ? record.id : undefined;
    if (id) {
      own.add(node.type.name, id);
      this.everyone.add(node.type.name, id);
    }
    for (const child of node.children) {
      const answer = record[child.field];
      if (id && answer !== null && answer !== undefined) {
        const field = `${child.parent}.${child.field}`;
        report.answeredOn.set(field, (report.answeredOn.get(field) ?? new Set()).add(id));
      }
      this.harvest(child, answer, report, own);
    }
  }
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Every `Type.field` reachable from Query: what the walk must cover. Fields reachable only through one the walk had
 * to skip (no record to ask about) are left out, and counted with the skipped ones.
 */
export function reachableFields(schema: GraphQLSchema, skipped: Set<string> = new Set()): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLObjectType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (skipped.has(name)) continue;
      fields.add(name);
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named);
    }
  };
  visit(schema.getQueryType()!);
  return fields;
}

/** Each distinct failure once, with how often it happened and the first query that showed it. */
export function distinctFailures(reports: CallerReport[]): string[] {
  const seen = new Map<string, { failure: WalkFailure; count: number }>();
  for (const failure of reports.flatMap((report) => report.failures)) {
    const key = [failure.caller, failure.code, failure.field, failure.message].join('|');
    const entry = seen.get(key) ?? { failure, count: 0 };
    entry.count++;
    seen.set(key, entry);
  }
  return [...seen.values()].map(
    ({ failure, count }) => `${failure.caller}: ${failure.code} at ${failure.field} (${count}×): ${failure.message}\n    ${failure.query}`,
  );
}

/** Figures for people: queries, fields and refusals per caller, and what was skipped. */
export function summarise(reports: CallerReport[], schema: GraphQLSchema): string {
  const skipped = new Set(reports.flatMap((report) => [...report.skipped]));
  const everything = reachableFields(schema);
  const walkable = reachableFields(schema, skipped);
  const asked = new Set(reports.flatMap((report) => [...report.asked]));
  const lines = reports.map((report) => {
    const refusals = [...report.refusals].map(([code, count]) => `${code} ${count}`).join(', ') || 'none';
    return `  ${report.caller.padEnd(12)} ${String(report.queries).padStart(4)} queries, ${report.asked.size} fields asked, ${report.answered.size} answered, refusals: ${refusals}, failures: ${report.failures.length}, slowest ${report.slowest.ms} ms`;
  });
  return [
    `Schema walk: ${reports.reduce((sum, report) => sum + report.queries, 0)} queries; ${[...walkable].filter((field) => asked.has(field)).length} of ${everything.size} fields reachable from Query walked`,
    ...lines,
    skipped.size
      ? `  skipped ${skipped.size} (no value for a required argument): ${[...skipped].sort().join(', ')}, so ${everything.size - walkable.size} fields below them not walked`
      : '  skipped: none',
  ].join('\n');
}
