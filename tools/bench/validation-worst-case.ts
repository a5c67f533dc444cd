/**
 * `node tools/run-ts.js tools/bench/validation-worst-case.ts [--runs 10] [--no-gateway]`: how long GraphQL validation
 * takes on the most expensive documents we know how to build within the gateway's request limits (within), on a
 * few over them that graphql-js alone would take long over (over), and on two for comparison (reference). Each is
 * validated in-process against the API schema of apps/gateway/supergraph.graphql, with graphql-js's rules alone (as
 * before our limits) and as the gateway does it (our limits rule first), and then posted to a real gateway started
 * here from the same supergraph, with the default limits and with maxFieldRepeats and maxFragmentSpreads off. The
 * gateway's subgraphs point at a closed port: a document that passes is costed, planned and answered with
 * SERVICE_UNAVAILABLE. Some documents are invalid on purpose: graphql-js's OverlappingFieldsCanBeMergedRule compares
 * everything in a selection set when it enters it, before other rules report what is wrong inside. Times are
 * median / best of --runs, in ms.
 */
import { Supergraph } from '@apollo/federation-internals';
import { createLogger } from '@buurtvolk/subgraph-kit';
import {
  type DocumentNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Lexer,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type ValidationRule,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startGateway } from '../../apps/gateway/src/gateway';
import { brokenDocumentLimit } from '../../apps/gateway/src/limits/document-limits';
import { DEFAULT_LIMITS, type RequestLimits } from '../../apps/gateway/src/limits/limits';
import { documentLimitsRule, knownOperationTypesRule } from '../../apps/gateway/src/limits/validation-rules';
import { summarise } from './stats';

const SUPERGRAPH = join(__dirname, '..', '..', 'apps', 'gateway', 'supergraph.graphql');
/** Tokens a document may have: the parser refuses more. The generators fill up to here. */
const TOKENS = DEFAULT_LIMITS.maxTokens;
const REPEATS = DEFAULT_LIMITS.maxFieldRepeats;
const TEAM = 'team(id: "x")';

interface Hostile {
  name: string;
  document: string;
}

// --- documents ---------------------------------------------------------------------------------------------------

const times = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join(' ');
const spreads = (count: number, prefix = 'F') => times(count, (i) => `...${prefix}${i}`);

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Fields that need no arguments: they can be repeated and nested freely. */
function argumentFree(type: GraphQLNamedType): GraphQLField<unknown, unknown>[] {
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).filter((field) =>
    field.args.every((argument) => !isNonNullType(argument.type) || argument.defaultValue !== undefined),
  );
}
const leaves = (type: GraphQLNamedType) => [
  ...argumentFree(type)
    .filter((field) => isLeafType(getNamedType(field.type)))
    .map((field) => field.name),
  '__typename',
];
/** Object fields to nest into; without lists the cost stays low and the gateway plans the document. */
const objects = (type: GraphQLNamedType, lists: boolean) =>
  argumentFree(type).filter((field) => isObjectType(getNamedType(field.type)) && (lists || !isListType(getNullableType(field.type))));

interface Tree {
  /** How often each leaf is asked in one selection set (graphql-js compares each pair of copies). */
  copies: number;
  /** How often each object field is asked at the first level, holding the same tree each time. */
  objectCopies: number;
  lists: boolean;
}

/** Every leaf of `type`, then each object field holding the same again, depth first until the tokens run out. */
function repeatedTree(type: GraphQLNamedType, levels: number, budget: { tokens: number }, tree: Tree): string {
  const { copies, objectCopies } = tree;
  const parts: string[] = [];
  for (const leaf of leaves(type)) {
    if (budget.tokens < copies) break;
    budget.tokens -= copies;
    parts.push(times(copies, () => leaf));
  }
  if (levels > 1) {
    for (const field of objects(type, tree.lists)) {
      // Each copy holds the same inner tree: it gets a copy's share of the tokens, and all copies pay for it.
      const share = { tokens: Math.floor(budget.tokens / objectCopies) - 3 };
      if (share.tokens < copies) break;
      const available = share.tokens;
      const inner = repeatedTree(getNamedType(field.type), levels - 1, share, { ...tree, objectCopies: 1 });
      budget.tokens -= (available - share.tokens + 3) * objectCopies;
      parts.push(times(objectCopies, () => `${field.name} { ${inner} }`));
    }
  }
  return parts.join(' ');
}

/** `{ team(id: "x") { … } }` holding `fill(budget)` with the tokens left after the wrapper. */
function underTeam(fill: (budget: { tokens: number }) => string): string {
  return `{ ${TEAM} { ${fill({ tokens: TOKENS - 10 })} } }`;
}

/** Leaf fields across the schema's types, each response name at most `perName` times: fragments with distinct fields. */
function leavesAcrossTypes(schema: GraphQLSchema, perName: number): { type: string; field: string }[] {
  const found: { type: string; field: string }[] = [];
  const used = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    for (const field of leaves(type)) {
      if ((used.get(field) ?? 0) >= perName) continue;
      used.set(field, (used.get(field) ?? 0) + 1);
      found.push({ type: type.name, field });
    }
  }
  return found;
}

/**
 * A family of documents that grow with `n`; the benchmark measures the largest member our limits let through (and
 * that the parser takes), so the figure is the worst the limits allow, not the worst we happened to write down.
 */
interface Family {
  name: string;
  build(n: number): string;
  /** Where to stop looking. */
  most: number;
}

function hostileDocuments(schema: GraphQLSchema): Hostile[] {
  const team = schema.getType('Team')!;
  const fragmentsOn = (list: { type: string; field: string }[]) =>
    list.map(({ type, field }, i) => `fragment F${i} on ${type} { ${field} }`).join(' ');
  const teamLeaves = leaves(team);
  const fieldsOnce = leavesAcrossTypes(schema, 1);
  const fieldsTwice = leavesAcrossTypes(schema, 2);
  const fieldsTenTimes = leavesAcrossTypes(schema, REPEATS);
  const chained = (prefix: string, length: number) =>
    times(
      length,
      (i) => `fragment ${prefix}${i} on Team { ${i + 1 < length ? `...${prefix}${i + 1} ` : ''}${teamLeaves[i % teamLeaves.length]} }`,
    );
  const names = (count: number) => times(count, (i) => `n${i}`);

  const over: Hostile[] = [
    { name: 'name ×1990', document: `{ ${TEAM} { ${times(1_990, () => 'name')} } }` },
    { name: 'neighbourhood { name } ×330', document: `{ ${TEAM} { ${times(330, () => 'neighbourhood { name }')} } }` },
    {
      name: 'a fragment spread twice, name ×900 in it and beside it',
      document: `{ ${TEAM} { ...F ...F ${times(900, () => 'name')} } } fragment F on Team { ${times(900, () => 'name')} }`,
    },
    {
      name: 'neighbourhood ×4 { teams ×4 { … } } 4 deep',
      document: `{ ${TEAM} { ${nest(['neighbourhood', 'teams', 'neighbourhood', 'teams'], 4, 'name')} } }`,
    },
    {
      name: 'a second fragment F with name ×1970',
      document: `{ ${TEAM} { ...F } } fragment F on Team { name } fragment F on Team { ${times(1_970, () => 'name')} }`,
    },
    { name: '1,000 spreads of unknown fragments', document: `{ ${TEAM} { ${spreads(995, 'M')} } }` },
    {
      name: 'inline fragments 600 deep, Team leaves ×10',
      document: `{ ${TEAM} { ${'... { '.repeat(600)}${times(REPEATS, () => teamLeaves.join(' '))}${' }'.repeat(600)} } }`,
    },
    { name: 'two chains of 110 fragments', document: `{ ${TEAM} { ...A0 ...B0 } } ${chained('A', 110)} ${chained('B', 110)}` },
    { name: '221 fragments spread together', document: `{ ${TEAM} { ${spreads(221)} } } ${fragmentsOn(fieldsTenTimes.slice(0, 221))}` },
    {
      name: '10 sites × 72 fragments',
      document: `{ ${TEAM} { ${times(10, () => `neighbourhood { ${spreads(72)} }`)} } } ${fragmentsOn(fieldsOnce.slice(0, 72))}`,
    },
    {
      name: '1,000 names along a chain of 110 fragments',
      document: `{ __typename } fragment U on Team { ${names(1_000)} } ${times(110, (i) => `fragment G${i} on Team { ...${i + 1 < 110 ? `G${i + 1}` : 'U'} x${i} }`)}`,
    },
  ];
  const tree = (copies: number, objectCopies: number, lists = true) =>
    underTeam((budget) => repeatedTree(team, 9, budget, { copies, objectCopies, lists }));
  const reference: Hostile[] = [
    { name: '{ __typename }', document: '{ __typename }' },
    { name: 'every leaf once, nested', document: tree(1, 1) },
  ];
  const filled: Hostile[] = [
    { name: 'every leaf ×10, nested', document: tree(REPEATS, 1) },
    { name: 'every leaf ×10, nested, no lists', document: tree(REPEATS, 1, false) },
    { name: 'every object field ×10, leaves ×1', document: tree(1, REPEATS) },
    { name: 'object fields ×2, leaves ×5, nested', document: tree(REPEATS / 2, 2) },
    // graphql-js prints both arguments of every pair it compares.
    {
      name: '10 root fields with a 9 kB argument',
      document: `{ ${times(REPEATS, () => `teams(first: 1, city: "${'x'.repeat(9_000)}") { totalCount }`)} }`,
    },
  ];
  // Fragments on other types than the selection set they are spread in are invalid, but give the most distinct
  // response names for graphql-js to compare fragment by fragment.
  const families: Family[] = [
    {
      name: 'inline fragments n deep, Team leaves ×10',
      most: 600,
      build: (n) => `{ ${TEAM} { ${'... { '.repeat(n)}${times(REPEATS, () => teamLeaves.join(' '))}${' }'.repeat(n)} } }`,
    },
    {
      name: 'n fragments spread together',
      most: fieldsTenTimes.length,
      build: (n) => `{ ${TEAM} { ${spreads(n)} } } ${fragmentsOn(fieldsTenTimes.slice(0, n))}`,
    },
    {
      name: '2 sites × n fragments',
      most: fieldsTwice.length,
      build: (n) => `{ ${TEAM} { ${times(2, () => `neighbourhood { ${spreads(n)} }`)} } } ${fragmentsOn(fieldsTwice.slice(0, n))}`,
    },
    {
      name: '10 sites × n fragments',
      most: fieldsOnce.length,
      build: (n) => `{ ${TEAM} { ${times(10, () => `neighbourhood { ${spreads(n)} }`)} } } ${fragmentsOn(fieldsOnce.slice(0, n))}`,
    },
    {
      name: 'n operations, each spreading the most fragments together',
      most: 300,
      build: (n) =>
        `${times(n, (i) => `query Q${i} { ${TEAM} { ${spreads(DEFAULT_LIMITS.maxFragmentSpreads)} } }`)} ${fragmentsOn(fieldsOnce.slice(0, DEFAULT_LIMITS.maxFragmentSpreads))}`,
    },
    { name: 'two chains of n fragments', most: 200, build: (n) => `{ ${TEAM} { ...A0 ...B0 } } ${chained('A', n)} ${chained('B', n)}` },
    {
      name: 'n operations sharing a chain of 20',
      most: 300,
      build: (n) =>
        `${times(n, (i) => `query Q${i} { ...C0 }`)} ${times(20, (i) => `fragment C${i} on Query { ${i < 19 ? `...C${i + 1}` : '__typename'} }`)}`,
    },
    {
      name: 'n names along a chain of 25 fragments',
      most: 1_500,
      build: (n) =>
        `{ __typename } fragment U on Team { ${names(n)} } ${times(25, (i) => `fragment G${i} on Team { ...${i < 24 ? `G${i + 1}` : 'U'} x${i} }`)}`,
    },
    {
      name: 'n names merged into 100 fragments',
      most: 1_500,
      build: (n) => `{ __typename } fragment U on Team { ${names(n)} } ${times(100, (i) => `fragment G${i} on Team { ...U x${i} }`)}`,
    },
  ];
  const within = families.map((family) => {
    const n = largestWithin(schema, family);
    return { name: family.name.replace(/\bn\b/, n.toLocaleString('en')), document: family.build(n) };
  });
  return [
    ...reference.map((hostile) => ({ ...hostile, name: `${hostile.name} (reference)` })),
    ...over.map((hostile) => ({ ...hostile, name: `${hostile.name} (over)` })),
    ...[...filled, ...within].map((hostile) => ({ ...hostile, name: `${hostile.name} (within)` })),
  ];
}

/** The largest n whose document the parser takes and our limits let through (the families only grow with n). */
function largestWithin(schema: GraphQLSchema, family: Family): number {
  const passes = (n: number) => {
    const document = family.build(n);
    return tokenCount(document) <= TOKENS && brokenDocumentLimit(schema, parse(document), DEFAULT_LIMITS) === null;
  };
  let [low, high] = [1, family.most];
  if (!passes(low)) throw new Error(`${family.name}: even n = 1 is refused`);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (passes(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function nest(fields: string[], copies: number, leaf: string): string {
  if (fields.length === 0) return leaf;
  const [field, ...below] = fields;
  return times(copies, () => `${field} { ${nest(below, copies, leaf)} }`);
}

// --- measuring ---------------------------------------------------------------------------------------------------

interface Timing {
  median: number;
  /** On a machine others share, the best run is the nearest to what the work itself costs. */
  min: number;
}

function timingOf(timings: number[]): Timing {
  return { median: summarise(timings).median, min: Math.min(...timings) };
}

function timed(runs: number, work: () => unknown): Timing {
  const timings: number[] = [];
  work();
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    timings.push(performance.now() - started);
  }
  return timingOf(timings);
}

/** The verdict of our limits before validation: the limit's name, another refusal, or `passes`. */
function verdict(schema: GraphQLSchema, document: DocumentNode): string {
  const refusal = brokenDocumentLimit(schema, document, DEFAULT_LIMITS);
  if (!refusal) return 'passes';
  const limit = refusal.extensions.limit as { name: string; found: number } | undefined;
  return limit ? `${limit.name} (${limit.found.toLocaleString('en')})` : refusal.message.slice(0, 40);
}

interface Gateway {
  url: string;
  stop(): Promise<void>;
}

async function gatewayWith(supergraphSdl: string, limits: Partial<RequestLimits>): Promise<Gateway> {
  const graphs = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]);
  // A closed port: what passes validation is planned, then answered as unavailable without waiting.
  const subgraphUrls = Object.fromEntries(graphs.map((name) => [name, 'http://127.0.0.1:9/graphql']));
  return startGateway({ supergraphSdl, port: 0, subgraphUrls, limits, rateLimit: false, logger: createLogger('bench', 'silent') });
}

async function posted(gateway: Gateway, document: string, runs: number): Promise<Timing & { answer: string }> {
  const timings: number[] = [];
  let answer = '';
  for (let i = 0; i < runs; i += 1) {
    // A comment makes each run a new document: Apollo Server caches validated documents by their text.
    const query = `${document} # ${i} ${Math.random()}`;
    const started = performance.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    timings.push(performance.now() - started);
    answer = body.errors?.[0]?.extensions?.code ?? 'OK';
  }
  return { ...timingOf(timings), answer };
}

async function main(): Promise<void> {
  // ts-node maps every stack trace through source maps when an error's stack is read, which makes a document with 100
  // validation errors cost the gateway 15 ms more than in production, where compiled JavaScript runs without it.
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, 'no-gateway': { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error('--runs must be 1 to 100');
  const supergraphSdl = readFileSync(SUPERGRAPH, 'utf8');
  const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const asGateway: ValidationRule[] = [...specifiedRules, documentLimitsRule(DEFAULT_LIMITS), knownOperationTypesRule];
  const gateways = values['no-gateway']
    ? undefined
    : {
        after: await gatewayWith(supergraphSdl, {}),
        before: await gatewayWith(supergraphSdl, { maxFieldRepeats: Infinity, maxFragmentSpreads: Infinity }),
      };

  const header = ['document', 'kB', 'tokens', 'our limits', 'check', 'graphql-js', 'gateway rules', 'gw w/o repeats', 'gw', 'gw answer'];
  const rows: string[][] = [];
  try {
    for (const { name, document } of hostileDocuments(schema)) {
      const tokens = tokenCount(document);
      if (tokens > TOKENS) throw new Error(`${name}: ${tokens} tokens, over the ${TOKENS} the parser takes`);
      const parsed = parse(document);
      const check = timed(runs, () => brokenDocumentLimit(schema, parsed, DEFAULT_LIMITS));
      const alone = timed(runs, () => validate(schema, parsed, specifiedRules));
      const ours = timed(runs, () => validate(schema, parsed, asGateway));
      const before = gateways ? await posted(gateways.before, document, runs) : undefined;
      const after = gateways ? await posted(gateways.after, document, runs) : undefined;
      const ms = (value: Timing | undefined) => (value === undefined ? '-' : `${value.median.toFixed(1)} / ${value.min.toFixed(1)}`);
      rows.push([
        name,
        (document.length / 1024).toFixed(1),
        String(tokens),
        verdict(schema, parsed),
        ms(check),
        ms(alone),
        ms(ours),
        ms(before),
        ms(after),
        after?.answer ?? '-',
      ]);
      console.log(`  measured: ${name}`);
    }
  } finally {
    await gateways?.after.stop();
    await gateways?.before.stop();
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === 3 || i === 9 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\nMedian / best of ${runs} runs, ms. "check": our limits alone. "graphql-js": its specified rules alone, as before the`);
  console.log('limits. "gateway rules": what the gateway runs. "gw": a POST to the gateway, and "gw w/o repeats" to one with');
  console.log('maxFieldRepeats and maxFragmentSpreads off; their difference to the (reference) rows is the cost of the document.\n');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
