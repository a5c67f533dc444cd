import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'apps/portal/src/gql/**', 'examples/partner-client/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // type-graphql and TypeORM hand untyped values to resolvers and reference resolvers.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Apps depend on libs only and libs on libs only, so that a service can be built, deployed and understood on its own;
    // the browser app may not pull in server libraries.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // libs/testing starts the real database and event bus for every project's specs, so the libs it builds on
          // import it back from their own specs: a cycle of test code only.
          ignoredCircularDependencies: [
            ['testing', 'database'],
            ['testing', 'events'],
            ['testing', 'subgraph-kit'],
          ],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser'] },
          ],
        },
      ],
    },
  },
  {
    // Integration tests assemble the whole federation in one process; only they may reach into other apps.
    files: ['**/*.spec.ts', 'apps/*/src/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
