import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaElements } from '../docs/schema-elements';
import { apiSchemaOf } from './breaking-changes';

const ROOT = join(__dirname, '..', '..');
/**
 * Elements of the API from before every field had to be described. The list only shrinks: describe one of them and
 * take it off; anything new is described when it is added.
 */
const NOT_YET_DESCRIBED_FILE = join(__dirname, 'not-yet-described.txt');

describe('the public API describes itself', () => {
  const schema = apiSchemaOf(readFileSync(join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), 'utf8'));
  const undescribed = schemaElements(schema)
    .filter((element) => !element.description?.trim())
    .map((element) => element.coordinate);
  const notYet = new Set(readFileSync(NOT_YET_DESCRIBED_FILE, 'utf8').split('\n').filter(Boolean));

  it('has a description on every type, field, argument and enum value added since', () => {
    expect(undescribed.filter((coordinate) => !notYet.has(coordinate))).toEqual([]);
  });

  it('lists only elements that still lack one (take described ones off the list)', () => {
    const stillUndescribed = new Set(undescribed);
    expect([...notYet].filter((coordinate) => !stillUndescribed.has(coordinate))).toEqual([]);
  });
});
