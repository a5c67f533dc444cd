import { GraphQLError, type ValidationRule } from 'graphql';
import { brokenDocumentLimit } from './document-limits';
import type { RequestLimits } from './limits';

/**
 * Checks the limits that need no variables before any of GraphQL's own rules walk the document. Apollo Server has
 * no hook that can refuse a request between parsing and validation (a throwing hook answers 500), so this is a
 * validation rule that acts on entering the document, before every other rule sees a field.
 */
export function documentLimitsRule(limits: RequestLimits): ValidationRule {
  return (context) => ({
    Document(document) {
      const error = brokenDocumentLimit(context.getSchema(), document, limits);
      if (!error) return undefined;
      context.reportError(error);
      // A visitor that returns null removes the node: no other rule walks a document we refuse. graphql-js's
      // MaxIntrospectionDepthRule expands fragments again at every spread and would take minutes on some of them;
      // its OverlappingFieldsCanBeMergedRule compares repeated fields pairwise: 2,000 copies of one cost it half a second.
      return null;
    },
  });
}

/**
 * Refuses an operation type the schema has no root for (`subscription`), as graphql-js 17 does; with 16 the gateway's
 * query planner throws on it and the caller gets an internal error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    const kind = operation.operation === 'subscription' ? 'Subscriptions are' : `${operation.operation} operations are`;
    context.reportError(new GraphQLError(`${kind} not supported: this API has no ${operation.operation} type`, { nodes: operation }));
  },
});
