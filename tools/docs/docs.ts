import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROWS } from '../../apps/gateway/src/test/access-matrix/rows';
import { apiSchemaOf } from '../schema/breaking-changes';
import { renderReference } from './render';
import { schemaElements } from './schema-elements';

/** `npm run docs [-- <file>]`: the browsable reference of the public API, by default at dist/docs/index.html. */
function main(): void {
  const root = join(__dirname, '..', '..');
  const out = process.argv[2] ?? join(root, 'dist', 'docs', 'index.html');
  const schema = apiSchemaOf(readFileSync(join(root, 'apps', 'gateway', 'supergraph.graphql'), 'utf8'));
  const access = new Map(Object.values(ROWS).flatMap((rows) => rows.map((row) => [row.operation, row.expect] as const)));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReference({ schema, access, generatedOn: new Date().toISOString().slice(0, 10) }));
  const elements = schemaElements(schema);
  const undescribed = elements.filter((element) => !element.description).length;
  console.log(
    `wrote ${out}: ${elements.length} types, fields, arguments and values (${undescribed} without a description), ${access.size} with tested access`,
  );
}

main();
