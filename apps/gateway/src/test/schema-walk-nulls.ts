import type { GraphQLResponse } from '@buurtvolk/testing';
import { type Selection, typename } from './schema-walk-plan';

/**
 * Finds the nulls the gateway makes without saying so. When a subgraph answers null for an entity that another
 * subgraph's non-null field points at, the gateway empties the nearest nullable field above it and reports no
 * error at all: a team's `memberships` simply come back null. Such a null is found by asking the same field
 * again with less below it until the part that empties it shows.
 */

/** A null without an error at or below it, where the query asked for more than a leaf. */
export interface UnexplainedNull {
  /** Field names from the root to the null field. */
  fields: string[];
  /** The same with list indexes: where the value sits in the answer. */
  path: (string | number)[];
  node: Selection;
}

export function unexplainedNulls(tree: Selection, data: unknown, errors: GraphQLResponse['errors']): UnexplainedNull[] {
  // An error without a path is about the whole request: nothing in it is unexplained.
  if (errors?.some((error) => !error.path)) return [];
  const explained = (path: (string | number)[]) => (errors ?? []).some((error) => path.every((key, i) => error.path![i] === key));
  const found: UnexplainedNull[] = [];
  const visit = (node: Selection, value: unknown, fields: string[], path: (string | number)[]) => {
    if (node.children.length === 0) return;
    if (value === null || value === undefined) {
      if (!explained(path)) found.push({ fields, path, node });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(node, item, fields, [...path, i]));
      return;
    }
    for (const child of node.children)
      visit(child, (value as Record<string, unknown>)[child.field], [...fields, child.field], [...path, child.field]);
  };
  visit(tree, data === null || data === undefined ? null : (data as Record<string, unknown>)[tree.field], [tree.field], [tree.field]);
  return found;
}

/** Sends a query (a tree from the root) and returns the answer's data. */
export type Ask = (tree: Selection) => Promise<unknown>;

const MAX_PROBES = 40;

/**
 * Which branch below a null field empties it: null when the field is null by itself (a lookup that found nothing,
 * an optional link), else the chain of fields, e.g. `volunteer { displayName }`, that makes it null.
 */
export async function locateSilentNull(ask: Ask, tree: Selection, found: UnexplainedNull): Promise<Selection[] | null> {
  let probes = 0;
  const nullWith = async (children: Selection[]) => {
    probes++;
    return valueAt(await ask(replaceChildren(tree, found.fields, children)), found.path) === null;
  };
  if (await nullWith([typename(found.node.type)])) return null;
  // Descend: the first child whose branch alone still empties the field, then the first of its children, and so on.
  const chain: Selection[] = [];
  let level = askedBelow(found.node);
  while (level.length && probes < MAX_PROBES) {
    let culprit: Selection | undefined;
    for (const child of level) {
      if (probes >= MAX_PROBES) break;
      if (await nullWith([nest([...chain, child])])) {
        culprit = child;
        break;
      }
    }
    if (!culprit) break;
    chain.push(culprit);
    level = askedBelow(culprit);
  }
  return chain.length ? chain : [found.node];
}

function askedBelow(node: Selection): Selection[] {
  return node.children.filter((child) => child.field !== '__typename');
}

/** `a { b { c … } }` from the chain [a, b, c]: each asks only the next, the last everything it had. */
function nest(chain: Selection[]): Selection {
  const [first, ...rest] = chain;
  return rest.length ? { ...first, children: [nest(rest)] } : first;
}

export function printChain(chain: Selection[]): string {
  const [first, ...rest] = chain;
  return rest.length ? `${first.field}${first.args} { ${printChain(rest)} }` : `${first.field}${first.args}`;
}

function replaceChildren(node: Selection, fields: string[], children: Selection[]): Selection {
  if (fields.length === 1) return { ...node, children };
  const [, next, ...rest] = fields;
  return {
    ...node,
    children: node.children.filter((child) => child.field === next).map((child) => replaceChildren(child, [next, ...rest], children)),
  };
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
