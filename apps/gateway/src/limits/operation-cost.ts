import { type DocumentNode, getVariableValues, GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { DocumentMeasure } from './document-measure';
import { coercedListSize } from './list-size';

/**
 * The estimated cost of the operation with the request's variables (see RequestLimits.maxCost). Throws
 * BAD_USER_INPUT for variables or arguments GraphQL cannot coerce: such an operation cannot be costed, and would
 * fail later anyway.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    const [error] = coerced.errors;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  return new DocumentMeasure(schema, document, coercedListSize(coerced.coerced)).operation(operation).cost;
}
