import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Limits on what one request may ask; each refusal names the limit. Defaults are documented in the README. */
export interface RequestLimits {
  /** Nesting of fields, counted from the operation root. */
  maxDepth: number;
  /** Aliased fields in one operation (alias bombs ask the same expensive field many times). */
  maxAliases: number;
  /** Estimated cost: every field costs 1, and a list multiplies what is below it by its size. */
  maxCost: number;
  /** Operations in one batched HTTP request. */
  maxBatchSize: number;
}

export const DEFAULT_LIMITS: RequestLimits = { maxDepth: 10, maxAliases: 15, maxCost: 10_000, maxBatchSize: 5 };

/** Size assumed for a list without a `first` argument. */
export const ASSUMED_LIST_SIZE = 10;

export function limitExceeded(limit: keyof RequestLimits, allowed: number, found: number, what: string): GraphQLError {
  return new GraphQLError(`${what} of ${found} is over the limit of ${allowed} (${limit})`, {
    extensions: { code: 'LIMIT_EXCEEDED', limit: { name: limit, allowed, found }, http: { status: 400 } },
  });
}

/** The first limit an operation breaks, or null. Introspection fields (`__schema`, `__type`) do not count. */
export function brokenLimit(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, limits: RequestLimits): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walker = new Walker(fragments, variables);
  const depth = walker.depth(operation.selectionSet, new Set());
  if (depth > limits.maxDepth) return limitExceeded('maxDepth', limits.maxDepth, depth, 'Query depth');
  const aliases = walker.aliases(operation.selectionSet, new Set());
  if (aliases > limits.maxAliases) return limitExceeded('maxAliases', limits.maxAliases, aliases, 'Alias count');
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const cost = walker.cost(operation.selectionSet, root, new Set());
  if (cost > limits.maxCost) return limitExceeded('maxCost', limits.maxCost, cost, 'Query cost');
  return null;
}

/** Walks selections through fragments; a fragment already on the path counts as empty (cycles are refused by GraphQL's own rules). */
class Walker {
  constructor(
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  depth(selectionSet: SelectionSetNode | undefined, path: Set<string>): number {
    return this.fields(selectionSet, path, (field, inner) =>
      field.name.value.startsWith('__') ? 0 : 1 + (field.selectionSet ? this.depth(field.selectionSet, inner) : 0),
    ).reduce((max, value) => Math.max(max, value), 0);
  }

  aliases(selectionSet: SelectionSetNode | undefined, path: Set<string>): number {
    return this.fields(selectionSet, path, (field, inner) => (field.alias ? 1 : 0) + this.aliases(field.selectionSet, inner)).reduce((sum, value) => sum + value, 0);
  }

  cost(selectionSet: SelectionSetNode | undefined, parentType: unknown, path: Set<string>): number {
    return this.fields(selectionSet, path, (field, inner) => {
      if (field.name.value.startsWith('__')) return 0;
      const definition = fieldDefinition(parentType, field.name.value);
      if (!field.selectionSet) return 1;
      const childType = definition ? getNamedType(definition.type) : undefined;
      return 1 + this.listSize(field, definition?.type) * this.cost(field.selectionSet, childType, inner);
    }).reduce((sum, value) => sum + value, 0);
  }

  /** `first: n` gives the size; a connection's edges have that size already; other lists are assumed. */
  private listSize(field: FieldNode, type: GraphQLOutputType | undefined): number {
    const first = field.arguments?.find((argument) => argument.name.value === 'first');
    if (first) {
      const value = first.value.kind === Kind.INT ? Number(first.value.value) : first.value.kind === Kind.VARIABLE ? Number(this.variables[first.value.name.value]) : NaN;
      return Number.isFinite(value) && value > 0 ? value : ASSUMED_LIST_SIZE;
    }
    if (field.name.value === 'edges' || field.name.value === 'nodes') return 1;
    return type && isListType(getNullableType(type)) ? ASSUMED_LIST_SIZE : 1;
  }

  private fields<T>(selectionSet: SelectionSetNode | undefined, path: Set<string>, visit: (field: FieldNode, path: Set<string>) => T): T[] {
    if (!selectionSet) return [];
    return selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [visit(selection, path)];
      if (selection.kind === Kind.INLINE_FRAGMENT) return this.fields(selection.selectionSet, path, visit);
      const name = selection.name.value;
      const fragment = this.fragments.get(name);
      if (!fragment || path.has(name)) return [];
      return this.fields(fragment.selectionSet, new Set([...path, name]), visit);
    });
  }
}

function fieldDefinition(parentType: unknown, name: string): GraphQLField<unknown, unknown> | undefined {
  const fields = (parentType as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> })?.getFields?.();
  return fields?.[name];
}
