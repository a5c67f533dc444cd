import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  isIntrospectionType,
  isListType,
} from 'graphql';
import { ASSUMED_LIST_SIZE } from './limits';
import type { ListSize } from './document-measure';

/**
 * List sizes as the subgraphs will see them: `first` as GraphQL coerces it (the literal, else the variable's value,
 * else the variable's default, else the argument's default in the schema), else ASSUMED_LIST_SIZE for a list or a
 * paginated field. A connection's `edges`/`nodes` count once: the connection's `first` already multiplied them.
 *
 * `variables` must be coerced already (graphql-js `getVariableValues`). An argument that cannot be coerced (a null
 * variable for a non-null argument with a default, which validation lets through) is refused as BAD_USER_INPUT here:
 * graphql-js would raise it uncoded inside the subgraph, which answers it as an internal error.
 */
export function coercedListSize(variables: Record<string, unknown>): ListSize {
  return (field, definition, parentType) => {
    if (!definition) return 1;
    // The schema is finite and served from memory; its lists cost what they are, not a page size each.
    if (isIntrospectionType(getNamedType(definition.type))) return 1;
    const paginated = definition.args.some((argument) => argument.name === 'first');
    const args = definition.args.length > 0 ? argumentValues(definition, field, variables) : {};
    if (paginated) return typeof args.first === 'number' ? Math.max(args.first, 1) : ASSUMED_LIST_SIZE;
    if (!isListType(getNullableType(definition.type))) return 1;
    return isConnectionPage(field, parentType) ? 1 : ASSUMED_LIST_SIZE;
  };
}

function isConnectionPage(field: FieldNode, parentType: GraphQLNamedType | undefined): boolean {
  return Boolean(parentType?.name.endsWith('Connection')) && (field.name.value === 'edges' || field.name.value === 'nodes');
}

function argumentValues(
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return getArgumentValues(definition, field, variables);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(`Field "${field.name.value}": ${error.message}`, {
      nodes: field,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}
