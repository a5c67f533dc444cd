/**
 * `write`: prints each subgraph's SDL to apps/<name>/schema.graphql and composes apps/gateway/supergraph.graphql.
 * `check`: fails when composition fails or either committed file differs from what the code produces.
 */
import { composeSupergraph, printSubgraphSdl } from '@buurtvolk/subgraph-kit';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, subgraphUrl } from '../subgraphs';

const ROOT = join(__dirname, '..', '..');
const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';

async function expectedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const sources = [];
  for (const { definition } of SUBGRAPHS) {
    const sdl = printSubgraphSdl(await definition.buildSchema());
    files.set(`apps/${definition.name}/schema.graphql`, sdl);
    sources.push({ name: definition.name, url: subgraphUrl(definition), sdl });
  }
  files.set(SUPERGRAPH_FILE, composeSupergraph(sources));
  return files;
}

async function main(mode: string | undefined) {
  if (mode !== 'write' && mode !== 'check') throw new Error('Usage: schema.ts write|check');
  const files = await expectedFiles();
  const stale: string[] = [];
  for (const [file, content] of files) {
    const path = join(ROOT, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    if (mode === 'write') writeFileSync(path, content);
    stale.push(file);
  }
  if (mode === 'write') {
    console.log(stale.length ? `Updated ${stale.join(', ')}` : 'Schemas are current');
  } else if (stale.length) {
    console.error(`Stale schema files: ${stale.join(', ')}\nRun "npm run schema:write" and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(`Schemas are current: ${[...files.keys()].join(', ')} (composition succeeded)`);
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
