import type { CodegenConfig } from '@graphql-codegen/cli';

// A typed client for the partner operations in operations/*.graphql, from the committed supergraph.
// Regenerate with `npm run partner-client:codegen`; a test fails when src/gql is stale. Paths are from the repository root.
const config: CodegenConfig = {
  schema: 'apps/gateway/supergraph.graphql',
  documents: ['examples/partner-client/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'examples/partner-client/src/gql/': {
      preset: 'client',
      config: {
        // Each operation as a typed string: send it with fetch, no GraphQL library needed at run time.
        documentMode: 'string',
        // Only the types these operations use, so an unrelated schema change leaves the client as it is.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', LocalDate: 'string', ID: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
