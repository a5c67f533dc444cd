import { type ASTNode, GraphQLError } from 'graphql';

/**
 * Limits on what one request may ask; each refusal is LIMIT_EXCEEDED and names the limit
 * (`extensions.limit { name, allowed, found }`). Where a number can only be known as "more than", `found` is the
 * smallest number that breaks the limit.
 */
export interface RequestLimits {
  /** Tokens in the document (names, punctuation, values): the parser stops reading after this many. */
  maxTokens: number;
  /** Directives on one field, fragment spread, inline fragment or operation (`@skip @skip @skip …`). */
  maxDirectivesPerField: number;
  /**
   * Nesting of fields, counted from the root of an operation or fragment; introspection does not count. A chain of
   * inline fragments directly inside one another counts as nesting too, in introspection as well: graphql-js's
   * OverlappingFieldsCanBeMergedRule collects the fields of each of them again, so 600 nested `... {` cost it the
   * square of that.
   */
  maxDepth: number;
  /** Aliased fields in one operation (alias bombs ask the same expensive field many times). */
  maxAliases: number;
  /** Fields at the root of an operation once its fragments are expanded: each may be a separate subgraph fetch. */
  maxRootFields: number;
  /**
   * Fields, fragment spreads and inline fragments in the document: each operation and each fragment definition,
   * its fragments counted again at every place they are spread, added up. It bounds the work of anything that
   * expands fragments where they are spread, such as graphql-js's own MaxIntrospectionDepthRule, which runs before
   * any of our other checks could, and of the walks that measure each fragment once, which a chain of fragments that
   * each add one field to the next would otherwise cost the square of its length.
   */
  maxSelections: number;
  /**
   * Repeats of one field: the fields that share its response name in its selection set (inline fragments and
   * fragment spreads merged in, a fragment counted at every spread), times the repeats of the field it is in. In
   * `{ team { name name } team { name } }` each team has 2, the first team's names 2 × 2 = 4, the second's 1 × 2.
   * GraphQL's validation compares every two fields that share a response path (team.name here), so n copies of a
   * field cost it n²/2 comparisons; no path holds more fields than the highest repeats (see repeats.ts).
   */
  maxFieldRepeats: number;
  /**
   * Fragment spreads brought together in one selection set (inline fragments and the spread fragments' own spreads
   * merged in, a fragment counted at every spread), times the repeats of the field it is in. GraphQL's validation
   * compares every two fragments spread together, and every spread in one field with every spread in another field
   * it compares: 10 copies of a field that each spread the same 72 fragments cost it 45 × 72² steps.
   */
  maxFragmentSpreads: number;
  /**
   * Estimated cost: every field costs 1, and a list multiplies what is below it by its size (its `first`, as GraphQL
   * coerces it, else ASSUMED_LIST_SIZE). Lists of the in-memory introspection types count once.
   */
  maxCost: number;
  /** Operations in one batched HTTP request. */
  maxBatchSize: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  // The full introspection query is about 180 tokens and the largest queries of our own apps under 100.
  maxTokens: 2_000,
  maxDirectivesPerField: 5,
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 20,
  maxSelections: 5_000,
  // Our own queries ask each field once. Clients that colocate fragments ask `id` and `__typename` again in each
  // fragment: 10 leaves room for a few fragments on one object that each spread a few more. It keeps graphql-js's
  // comparisons under 4.5 per field, where 2,000 tokens of one field cost it two million.
  maxFieldRepeats: 10,
  // A page's query may gather the fragments of its components on one object, and theirs: 30 leaves room for ten
  // components with two of their own each. Validation then takes at most 15 steps per spread.
  maxFragmentSpreads: 30,
  maxCost: 10_000,
  maxBatchSize: 5,
};

/** Size assumed for a list whose size the request does not give (no `first`, and no default for it). */
export const ASSUMED_LIST_SIZE = 10;

export type LimitName = keyof RequestLimits;

export function limitExceeded(
  limit: LimitName,
  allowed: number,
  found: number,
  what: string,
  options: { atLeast?: boolean; nodes?: ASTNode } = {},
): GraphQLError {
  // A fragment chain can double a count past what JSON can carry (Infinity becomes null).
  const reported = Number.isFinite(found) ? found : Number.MAX_VALUE;
  const amount = options.atLeast ? `more than ${allowed}` : String(reported);
  return new GraphQLError(`${what} of ${amount} is over the limit of ${allowed} (${limit})`, {
    nodes: options.nodes,
    extensions: { code: 'LIMIT_EXCEEDED', limit: { name: limit, allowed, found: reported }, http: { status: 400 } },
  });
}
