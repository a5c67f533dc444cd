import { type ASTNode, BREAK, type DocumentNode, GraphQLError, type GraphQLSchema, Kind, visit } from 'graphql';
import { DocumentMeasure } from './document-measure';
import { limitExceeded, type RequestLimits } from './limits';
import { RepeatsMeasure } from './repeats';

/**
 * The first limit the document breaks that does not depend on variables, or what GraphQL's validation would refuse
 * about its fragments, or null. Linear in the size of the document, so it can run before GraphQL's validation and
 * spare it documents that would make its rules walk fragments exponentially or compare fields quadratically. Every
 * operation counts, and every fragment as if it were one (graphql-js walks unused fragments too), except for aliases
 * and root fields, which only matter where a fragment is spread.
 */
export function brokenDocumentLimit(schema: GraphQLSchema, document: DocumentNode, limits: RequestLimits): GraphQLError | null {
  return (
    tooManyDirectives(document, limits.maxDirectivesPerField) ?? brokenMeasure(schema, document, limits) ?? tooManyRepeats(document, limits)
  );
}

/**
 * Selections count over the whole document: each definition with its fragments expanded, added up. Per definition
 * a chain of 100 fragments that each add one field to the one below would pass, yet every walk that measures each
 * fragment (graphql-js's, and RepeatsMeasure) would take the square of its length.
 */
function brokenMeasure(schema: GraphQLSchema, document: DocumentNode, limits: RequestLimits): GraphQLError | null {
  const measure = new DocumentMeasure(schema, document, () => 1);
  if (measure.duplicateFragment) return invalidFragment(measure);
  let selections = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const operation = definition.kind === Kind.OPERATION_DEFINITION;
    // The limits name the fragment they found broken; an operation is the request itself.
    const nodes = operation ? undefined : definition;
    const found = operation ? measure.operation(definition) : measure.fragment(definition.name.value)!;
    if (measure.cycle) return invalidFragment(measure);
    const depth = Math.max(found.depth, found.inlineNesting);
    if (depth > limits.maxDepth) return limitExceeded('maxDepth', limits.maxDepth, depth, 'Query depth', { nodes });
    if (operation && found.aliases > limits.maxAliases) return limitExceeded('maxAliases', limits.maxAliases, found.aliases, 'Alias count');
    if (operation && found.fields > limits.maxRootFields)
      return limitExceeded('maxRootFields', limits.maxRootFields, found.fields, 'Root field count');
    selections += found.selections;
    if (selections > limits.maxSelections)
      return limitExceeded('maxSelections', limits.maxSelections, selections, 'Selection count', { nodes });
  }
  return invalidFragment(measure);
}

/** Runs after brokenMeasure: the document's selection count bounds the work of RepeatsMeasure. */
function tooManyRepeats(document: DocumentNode, limits: RequestLimits): GraphQLError | null {
  const measure = new RepeatsMeasure(document);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const operation = definition.kind === Kind.OPERATION_DEFINITION;
    const nodes = operation ? undefined : definition;
    const { fields, spreads } = operation ? measure.operation(definition) : measure.fragment(definition.name.value);
    if (fields > limits.maxFieldRepeats)
      return limitExceeded('maxFieldRepeats', limits.maxFieldRepeats, fields, 'Field repeat count', { nodes });
    if (spreads > limits.maxFragmentSpreads)
      return limitExceeded('maxFragmentSpreads', limits.maxFragmentSpreads, spreads, 'Fragment spread count', { nodes });
  }
  return null;
}

/**
 * GraphQL's NoFragmentCycles, KnownFragmentNames and UniqueFragmentNames rules say the same, but other rules get
 * there first: some walk a cycle; OverlappingFieldsCanBeMerged compares every two fragments spread together, which
 * costs it the square of their number even when they do not exist (1,000 spreads of unknown fragments fit in 2,000
 * tokens); and a second fragment of one name would escape these limits, which measure fragments by name.
 */
function invalidFragment(measure: DocumentMeasure): GraphQLError | null {
  const { cycle, unknownFragment, duplicateFragment } = measure;
  if (duplicateFragment)
    return new GraphQLError(`There can be only one fragment named "${duplicateFragment.name.value}".`, { nodes: duplicateFragment.name });
  if (cycle) return new GraphQLError(`Cannot spread fragment "${cycle.name.value}" within itself`, { nodes: cycle });
  if (unknownFragment) return new GraphQLError(`Unknown fragment "${unknownFragment.name.value}".`, { nodes: unknownFragment.name });
  return null;
}

function tooManyDirectives(document: DocumentNode, allowed: number): GraphQLError | null {
  let broken: GraphQLError | null = null;
  visit(document, {
    enter(node: ASTNode) {
      const found = 'directives' in node ? (node.directives?.length ?? 0) : 0;
      if (found <= allowed) return undefined;
      broken = limitExceeded('maxDirectivesPerField', allowed, found, 'Directive count', { nodes: node });
      return BREAK;
    },
  });
  return broken;
}
