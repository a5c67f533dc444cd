import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { authChecker } from './auth';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])
`;

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers. type-graphql prints the SDL with its
 * directives; buildSubgraphSchema adds the federation fields; `__resolveReference` is attached per entity.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ authChecker, ...options, skipCheck: true, validate: { forbidUnknownValues: true } });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs: gql(FEDERATION_LINK + describeRootTypes(printSchemaWithDirectives(schema))), resolvers });
}

/** type-graphql cannot describe the root types, yet the API reference starts from them. */
function describeRootTypes(sdl: string): string {
  return sdl
    .replace(/^type Query \{/m, '"""Everything a caller can read; each field says who may see what"""\ntype Query {')
    .replace(/^type Mutation \{/m, '"""Everything a caller can change; each field says who may do it"""\ntype Mutation {');
}

/** The subgraph SDL as committed in `apps/<subgraph>/schema.graphql`. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
