/**
 * `write`: prints each subgraph's SDL to apps/<name>/schema.graphql and composes apps/gateway/supergraph.graphql.
 * `check`: fails when composition fails, either committed file differs from what the code produces, or the public API
 *   breaks a client of the last release (apps/gateway/supergraph.released.graphql) other than by removing or changing
 *   what that release had deprecated with a reason.
 * `diff`: prints every change of the public API since the last release, breaking, dangerous and safe.
 * `release`: makes the current supergraph the released one (run when a release is cut, and commit it).
 */
import { composeSupergraph, printSubgraphSdl } from '@buurtvolk/subgraph-kit';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, subgraphUrl } from '../subgraphs';
import { compareSupergraphs, describeChanges, RELEASED_SUPERGRAPH_FILE, unannouncedBreakingChanges } from './breaking-changes';

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

async function changesSinceRelease(supergraphSdl: string) {
  return compareSupergraphs(readFileSync(join(ROOT, RELEASED_SUPERGRAPH_FILE), 'utf8'), supergraphSdl);
}

async function main(mode: string | undefined) {
  if (mode !== 'write' && mode !== 'check' && mode !== 'diff' && mode !== 'release')
    throw new Error('Usage: schema.ts write|check|diff|release');
  const files = await expectedFiles();
  const supergraphSdl = files.get(SUPERGRAPH_FILE)!;
  if (mode === 'diff') {
    console.log(
      `Changes to the public API since the release (${RELEASED_SUPERGRAPH_FILE}):\n${describeChanges(await changesSinceRelease(supergraphSdl))}`,
    );
    return;
  }
  if (mode === 'release') {
    writeFileSync(join(ROOT, RELEASED_SUPERGRAPH_FILE), supergraphSdl);
    console.log(`${RELEASED_SUPERGRAPH_FILE} is now the current supergraph: commit it with the release.`);
    return;
  }
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
  if (mode === 'check') {
    const changes = await changesSinceRelease(supergraphSdl);
    const breaking = unannouncedBreakingChanges(changes);
    if (breaking.length) {
      console.error(
        `Breaking changes for clients since the release (${RELEASED_SUPERGRAPH_FILE}):\n${describeChanges(breaking)}\n` +
          'Keep the old field or argument beside the new one and mark it @deprecated(reason: "Use … instead"); remove it after a release.',
      );
      process.exitCode = 1;
    } else {
      const announced = changes.filter((change) => change.deprecatedInRelease).length;
      console.log(
        `No breaking changes for clients since the release (${changes.length} changes${announced ? `, ${announced} of them removing what the release deprecated` : ''}; npm run schema:diff lists them)`,
      );
    }
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
