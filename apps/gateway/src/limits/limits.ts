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
  /** Nesting of fields, counted from the operation root; introspection fields do not count. */
  maxDepth: number;
  /** Aliased fields in one operation (alias bombs ask the same expensive field many times). */
  maxAliases: number;
  /** Fields at the root of an operation once its fragments are expanded: each may be a separate subgraph fetch. */
  maxRootFields: number;
  /**
   * Fields, fragment spreads and inline fragments in one operation or fragment, counted again at every place a
   * fragment is spread. It bounds the work of anything that expands fragments where they are spread, such as
   * graphql-js's own MaxIntrospectionDepthRule, which runs before any of our other checks could.
   */
  maxSelections: number;
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
  maxCost: 10_000,
  maxBatchSize: 5,
};

/** Size assumed for a list whose size the request does not give (no `first`, and no default for it). */
export const ASSUMED_LIST_SIZE = 10;

export type LimitName = keyof RequestLimits;

export function limitExceeded(limit: LimitName, allowed: number, found: number, what: string, options: { atLeast?: boolean; nodes?: ASTNode } = {}): GraphQLError {
  // A fragment chain can double a count past what JSON can carry (Infinity becomes null).
  const reported = Number.isFinite(found) ? found : Number.MAX_VALUE;
  const amount = options.atLeast ? `more than ${allowed}` : String(reported);
  return new GraphQLError(`${what} of ${amount} is over the limit of ${allowed} (${limit})`, {
    nodes: options.nodes,
    extensions: { code: 'LIMIT_EXCEEDED', limit: { name: limit, allowed, found: reported }, http: { status: 400 } },
  });
}
