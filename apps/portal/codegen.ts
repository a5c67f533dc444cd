import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed supergraph; `.ci/run` fails when src/gql is stale (npm run portal:codegen).
const config: CodegenConfig = {
  schema: 'apps/gateway/supergraph.graphql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      // Documents as plain strings: no GraphQL parser in the bundle.
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', LocalDate: 'string', ID: 'string' },
      },
      // Each operation also gets its SHA-256 (persisted-documents.json): the portal sends the hash, not the document.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
