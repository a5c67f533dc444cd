import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';

/**
 * Turns the composed schema into small read queries that together ask every field reachable from `Query`, so a
 * field added to any subgraph is walked without anyone writing a query for it.
 */

/** The schema clients see: the supergraph without its join directives and inaccessible parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** One field to ask, its arguments printed as literals, and (for objects) what to ask below it. */
export interface Selection {
  field: string;
  args: string;
  /** The object type that declares the field, so a finding can name `Type.field`. */
  parent: string;
  type: GraphQLNamedType;
  /** Whether the field returns a list: the gateway multiplies the cost below it. */
  list: boolean;
  /** Whether null is a valid answer; a refused non-null field empties the field above it. */
  nullable: boolean;
  /** Empty for scalars and enums. */
  children: Selection[];
}

/** A required argument as a GraphQL literal, or undefined when nothing sensible is known for it. */
export type ArgumentFiller = (
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  argument: GraphQLArgument,
) => string | undefined;

/** How far one path goes and how big one query may be; kept well inside the gateway's limits. */
export interface WalkShape {
  /** Types with an id entered along one path (connections, figures and money do not count). */
  maxTypeHops: number;
  /** Nesting of fields, as the gateway counts it. */
  maxDepth: number;
  /** The gateway's cost: a list multiplies what is below it by `first`, or by 10. */
  maxCost: number;
  /** Lexical tokens of one query. */
  maxTokens: number;
}

const DEFAULT_SHAPE: WalkShape = { maxTypeHops: 4, maxDepth: 8, maxCost: 2_500, maxTokens: 600 };
const PAGE_SIZE = 3;
const ASSUMED_LIST_SIZE = 10;

export interface PlannedRoot {
  /** The root field with everything below it that one path may ask. */
  tree: Selection;
  /** `Type.field`s left out because a required argument could not be filled. */
  unfilled: string[];
}

/** The tree of one root field, or null when the root field itself has an argument that cannot be filled. */
export function planRoot(
  schema: GraphQLSchema,
  rootField: string,
  fill: ArgumentFiller,
  shape: WalkShape = DEFAULT_SHAPE,
): PlannedRoot | null {
  const query = schema.getQueryType()!;
  const field = query.getFields()[rootField];
  const unfilled: string[] = [];
  const tree = selectionFor(
    query,
    field,
    { fill, shape, unfilled, nearest: nearestHops(getNamedType(field.type)) },
    { types: new Set(), hops: 0, depth: 1, size: 1 },
  );
  return tree ? { tree, unfilled } : null;
}

interface PlanContext {
  fill: ArgumentFiller;
  shape: WalkShape;
  unfilled: string[];
  /** How few steps to records it takes to reach each type from the root. */
  nearest: Map<string, number>;
}

/** Breadth first from the root's type: the fewest records passed to reach each type. */
function nearestHops(rootType: GraphQLNamedType): Map<string, number> {
  const nearest = new Map<string, number>();
  const frontier = isObjectType(rootType) ? [{ type: rootType, hops: isRecord(rootType) ? 1 : 0 }] : [];
  while (frontier.length) {
    frontier.sort((a, b) => a.hops - b.hops);
    const { type, hops } = frontier.shift()!;
    if (nearest.has(type.name)) continue;
    nearest.set(type.name, hops);
    for (const child of Object.values(type.getFields())) {
      const named = getNamedType(child.type);
      if (isObjectType(named) && !nearest.has(named.name)) frontier.push({ type: named, hops: hops + (isRecord(named) ? 1 : 0) });
    }
  }
  return nearest;
}

/** Where a field sits: the types above it, records passed, nesting, and how many times the gateway counts it. */
interface PathState {
  types: Set<string>;
  hops: number;
  depth: number;
  size: number;
}

function selectionFor(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  context: PlanContext,
  path: PathState,
): Selection | null {
  const args = printArguments(parent, field, context);
  if (args === null) {
    context.unfilled.push(`${parent.name}.${field.name}`);
    return null;
  }
  const type = getNamedType(field.type);
  const base = {
    field: field.name,
    args,
    parent: parent.name,
    type,
    list: isListType(getNullableType(field.type)),
    nullable: !isNonNullType(field.type),
    children: [] as Selection[],
  };
  if (isLeafType(type)) return base;
  if (!isObjectType(type)) return { ...base, children: [typename(type)] };
  const hops = isRecord(type) ? path.hops + 1 : path.hops;
  // Lists inside lists multiply: past a point even one field below costs too much, and is walked elsewhere.
  const size = path.size * listSize(base);
  if (path.depth >= context.shape.maxDepth || size > context.shape.maxCost / 10) return null;
  // A type already on the path is the same record again (a team's neighbourhood's teams): only its id is asked.
  if (path.types.has(type.name) || hops > context.shape.maxTypeHops) return isRecord(type) ? { ...base, children: [idOf(type)] } : null;
  const inner = { types: new Set(path.types).add(type.name), hops, depth: path.depth + 1, size };
  // Where the root reaches a type again further away, its own fields are asked (every instance is resolved and
  // checked) but what hangs below it is walked only where it is nearest, or the queries would multiply.
  const expand = hops <= (context.nearest.get(type.name) ?? hops);
  const children = Object.values(type.getFields())
    .filter((child) => expand || isLeafType(getNamedType(child.type)))
    .map((child) => selectionFor(type, child, context, inner))
    .filter((child): child is Selection => child !== null);
  return { ...base, children: children.length ? children : [typename(type)] };
}

function idOf(type: GraphQLObjectType): Selection {
  return {
    field: 'id',
    args: '',
    parent: type.name,
    type: getNamedType(type.getFields().id.type),
    list: false,
    nullable: false,
    children: [],
  };
}

/** Only a step to something with an id goes somewhere new; connections, figures and money belong to where they hang. */
function isRecord(type: GraphQLObjectType): boolean {
  return 'id' in type.getFields();
}

export function typename(type: GraphQLNamedType): Selection {
  return { field: '__typename', args: '', parent: type.name, type, list: false, nullable: false, children: [] };
}

/** `first: 3` on every page, required arguments filled, optional ones left to their defaults; null when one cannot be filled. */
function printArguments(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, context: PlanContext): string | null {
  const printed: string[] = [];
  for (const argument of field.args) {
    if (argument.name === 'first') {
      printed.push(`first: ${PAGE_SIZE}`);
      continue;
    }
    if (!isNonNullType(argument.type) || argument.defaultValue !== undefined) continue;
    const value = context.fill(parent, field, argument);
    if (value === undefined) return null;
    printed.push(`${argument.name}: ${value}`);
  }
  return printed.length ? `(${printed.join(', ')})` : '';
}

/** Splits a root's tree into queries that each fit the shape: whole branches where they fit, deeper paths where not. */
export function splitIntoQueries(tree: Selection, shape: WalkShape = DEFAULT_SHAPE): Selection[] {
  const queries: Selection[] = [];
  const split = (node: Selection, wrap: (inner: Selection) => Selection) => {
    if (fits(wrap(node), shape)) {
      queries.push(wrap(node));
      return;
    }
    const leaves = node.children.filter((child) => child.children.length === 0);
    let bin: Selection[] = leaves.length ? leaves : [typename(node.type)];
    for (const branch of node.children.filter((child) => child.children.length > 0)) {
      if (fits(wrap({ ...node, children: [...bin, branch] }), shape)) bin = [...bin, branch];
      else split(branch, (inner) => wrap({ ...node, children: [inner] }));
    }
    queries.push(wrap({ ...node, children: bin }));
  };
  split(tree, (inner) => inner);
  return queries;
}

function fits(tree: Selection, shape: WalkShape): boolean {
  return depthOf(tree) <= shape.maxDepth && costOf(tree) <= shape.maxCost && tokensOf(printQuery(tree)) <= shape.maxTokens;
}

function depthOf(node: Selection): number {
  return node.field === '__typename' ? 0 : 1 + Math.max(0, ...node.children.map(depthOf));
}

/** The gateway's estimate (apps/gateway/src/limits): 1 per field, a list multiplying what is below it. */
function costOf(node: Selection): number {
  if (node.field === '__typename') return 0;
  if (node.children.length === 0) return 1;
  const below = node.children.reduce((sum, child) => sum + costOf(child), 0);
  return 1 + listSize(node) * below;
}

function listSize(node: Selection): number {
  return node.args.includes('first:') ? PAGE_SIZE : node.field === 'edges' ? 1 : node.list ? ASSUMED_LIST_SIZE : 1;
}

function tokensOf(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

export function printQuery(root: Selection): string {
  const print = (node: Selection): string =>
    `${node.field}${node.args}${node.children.length ? ` { ${node.children.map(print).join(' ')} }` : ''}`;
  return `{ ${print(root)} }`;
}

/** Every `Type.field` a query asks, `__typename` aside. */
export function fieldsOf(node: Selection, into = new Set<string>()): Set<string> {
  if (node.field !== '__typename') into.add(`${node.parent}.${node.field}`);
  for (const child of node.children) fieldsOf(child, into);
  return into;
}

/** The selection an answer's path points at (list indexes skipped), or the deepest one it reaches. */
export function selectionAt(tree: Selection, path: readonly (string | number)[] | undefined): Selection {
  let node = tree;
  for (const key of (path ?? []).slice(1)) {
    if (typeof key === 'number') continue;
    const child = node.children.find((candidate) => candidate.field === key);
    if (!child) break;
    node = child;
  }
  return node;
}

/** The tree without the selections `removed` picks; an object left with nothing to ask asks for its `__typename`. */
export function without(node: Selection, removed: (node: Selection) => boolean): Selection {
  if (node.children.length === 0) return node;
  const children = node.children.filter((child) => !removed(child)).map((child) => without(child, removed));
  return { ...node, children: children.length ? children : [typename(node.type)] };
}
