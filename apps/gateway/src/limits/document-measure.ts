import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionNode,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';

/** What a selection set asks for once its fragments are expanded everywhere they are spread. */
export interface Measure {
  /** Deepest nesting of fields; introspection (`__schema`, `__typename`, the fields of `__Type`, …) does not count. */
  depth: number;
  /** Longest chain of inline fragments directly inside one another, in introspection too (a field or spread ends a chain). */
  inlineNesting: number;
  aliases: number;
  /** Fields directly in this selection set: an operation's root fields. */
  fields: number;
  /** Fields, fragment spreads and inline fragments at every level. */
  selections: number;
  cost: number;
}

/**
 * How many items a field returns; its cost multiplies what is below it. Gets the field's definition (undefined when
 * the document names a field the schema lacks) and the type the field is selected on.
 */
export type ListSize = (
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  parentType: GraphQLNamedType | undefined,
) => number;

const NOTHING: Measure = { depth: 0, inlineNesting: 0, aliases: 0, fields: 0, selections: 0, cost: 0 };

/**
 * Measures operations and fragments in one pass over the document. Expanding a fragment again at every spread
 * costs time exponential in the document: 30 fragments that each spread the next twice are 2^30 visits from 2 kB of
 * text. Here a fragment is measured once, against its own type condition, and a spread adds its measure; the numbers
 * are what full expansion would count (they may grow huge, and then simply break a limit), the work is one visit per
 * selection in the document. It is hand-written because graphql-armor's cost and depth plugins expand fragments
 * again at every spread and know nothing of page sizes.
 *
 * It runs before validation too, so it takes unknown fields and types, and records what GraphQL's validation would
 * refuse about fragments: a spread of a fragment being measured counts as empty and is recorded in `cycle`, a spread
 * of an unknown fragment measures as itself and is recorded in `unknownFragment`, and of two fragments with one name
 * the second is never measured and is recorded in `duplicateFragment`.
 */
export class DocumentMeasure {
  /** A spread of a fragment inside itself, if the document has one; GraphQL's validation refuses such documents. */
  cycle: FragmentSpreadNode | undefined;
  /** A spread of a fragment the document does not define, if it has one; GraphQL's validation refuses those too. */
  unknownFragment: FragmentSpreadNode | undefined;
  /** A second fragment of a name already defined, if the document has one; GraphQL's validation refuses those too. */
  duplicateFragment: FragmentDefinitionNode | undefined;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly listSize: ListSize,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      if (this.fragments.has(definition.name.value)) this.duplicateFragment ??= definition;
      else this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): Measure {
    return this.selectionSet(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined);
  }

  /** The fragment's measure, or undefined for a name the document does not define. */
  fragment(name: string, spread?: FragmentSpreadNode): Measure | undefined {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment) return undefined;
    if (this.inProgress.has(name)) {
      this.cycle ??= spread;
      return NOTHING;
    }
    this.inProgress.add(name);
    const measure = this.selectionSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value));
    this.inProgress.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  /** `inlineChain`: how many inline fragments directly inside one another this selection set is in. */
  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, inlineChain = 0): Measure {
    const total = { ...NOTHING, inlineNesting: inlineChain };
    for (const selection of selectionSet.selections) {
      const measure = this.selection(selection, parentType, inlineChain);
      total.depth = Math.max(total.depth, measure.depth);
      total.inlineNesting = Math.max(total.inlineNesting, measure.inlineNesting);
      total.aliases += measure.aliases;
      total.fields += measure.fields;
      total.selections += measure.selections;
      total.cost += measure.cost;
    }
    return total;
  }

  private selection(selection: SelectionNode, parentType: GraphQLNamedType | undefined, inlineChain: number): Measure {
    if (selection.kind === Kind.FIELD) return this.field(selection, parentType);
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? this.selectionSet(
            selection.selectionSet,
            selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType,
            inlineChain + 1,
          )
        : (this.fragment(selection.name.value, selection) ?? this.unknown(selection));
    return { ...inner, selections: inner.selections + 1 };
  }

  private unknown(spread: FragmentSpreadNode): Measure {
    this.unknownFragment ??= spread;
    return NOTHING;
  }

  private field(field: FieldNode, parentType: GraphQLNamedType | undefined): Measure {
    const definition = fieldDefinition(parentType, field.name.value);
    const inner = field.selectionSet ? this.selectionSet(field.selectionSet, definition && getNamedType(definition.type)) : NOTHING;
    return {
      depth: isIntrospection(field, parentType) ? 0 : 1 + inner.depth,
      inlineNesting: inner.inlineNesting,
      aliases: (field.alias ? 1 : 0) + inner.aliases,
      fields: 1,
      selections: 1 + inner.selections,
      cost: 1 + (field.selectionSet ? this.listSize(field, definition, parentType) * inner.cost : 0),
    };
  }
}

/** A fragment on `__Type` is introspection as much as the `__schema` field it is spread in. */
function isIntrospection(field: FieldNode, parentType: GraphQLNamedType | undefined): boolean {
  return field.name.value.startsWith('__') || (parentType !== undefined && isIntrospectionType(parentType));
}

function fieldDefinition(parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}
