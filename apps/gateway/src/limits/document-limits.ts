import { type ASTNode, BREAK, type DocumentNode, type FragmentSpreadNode, GraphQLError, type GraphQLSchema, Kind, visit } from 'graphql';
import { DocumentMeasure } from './document-measure';
import { limitExceeded, type RequestLimits } from './limits';

/**
 * The first limit the document breaks that does not depend on variables, or a fragment cycle, or null. Linear in
 * the size of the document, so it can run before GraphQL's validation and spare it documents that would make its
 * rules walk fragments exponentially. Every operation counts, and every fragment's selections (graphql-js's
 * introspection rule walks unused fragments too).
 */
export function brokenDocumentLimit(schema: GraphQLSchema, document: DocumentNode, limits: RequestLimits): GraphQLError | null {
  const directives = tooManyDirectives(document, limits.maxDirectivesPerField);
  if (directives) return directives;
  // List sizes need variables; the cost is checked once the operation is chosen (operation-cost.ts).
  const measure = new DocumentMeasure(schema, document, () => 1);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const { depth, aliases, fields, selections } = measure.operation(definition);
      if (measure.cycle) return fragmentCycle(measure.cycle);
      if (depth > limits.maxDepth) return limitExceeded('maxDepth', limits.maxDepth, depth, 'Query depth');
      if (aliases > limits.maxAliases) return limitExceeded('maxAliases', limits.maxAliases, aliases, 'Alias count');
      if (fields > limits.maxRootFields) return limitExceeded('maxRootFields', limits.maxRootFields, fields, 'Root field count');
      if (selections > limits.maxSelections) return limitExceeded('maxSelections', limits.maxSelections, selections, 'Selection count');
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const selections = measure.fragment(definition.name.value)?.selections ?? 0;
      if (measure.cycle) return fragmentCycle(measure.cycle);
      if (selections > limits.maxSelections) return limitExceeded('maxSelections', limits.maxSelections, selections, 'Selection count', { nodes: definition });
    }
  }
  return null;
}

/** GraphQL's NoFragmentCyclesRule says the same, but other rules would walk the cycle first. */
function fragmentCycle(spread: FragmentSpreadNode): GraphQLError {
  return new GraphQLError(`Cannot spread fragment "${spread.name.value}" within itself`, { nodes: spread });
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
