import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaElements } from '../docs/schema-elements';
import { apiSchemaOf } from './breaking-changes';

const ROOT = join(__dirname, '..', '..');

describe('the public API describes itself', () => {
  it('has a description on every type, field, argument and enum value', () => {
    const schema = apiSchemaOf(readFileSync(join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), 'utf8'));
    const undescribed = schemaElements(schema)
      .filter((element) => !element.description?.trim())
      .map((element) => element.coordinate);
    expect(undescribed).toEqual([]);
  });
});
