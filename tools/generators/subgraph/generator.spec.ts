import { composeSupergraph, printSubgraphSdl, type SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { getNamedType, type GraphQLSchema, isInputObjectType, isObjectType } from 'graphql';
import { flushChanges, FsTree } from 'nx/src/generators/tree';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subgraphGenerator from './generator';

/**
 * The generator on the real workspace, in memory: an FsTree reads the repository's files and keeps every change to
 * itself (nothing is flushed to the working tree). `npm run generator:check` runs it for real on a copy of the
 * repository and runs the generated subgraph's own tests there.
 */
const ROOT = join(__dirname, '..', '..', '..');
const NAME = 'probe';
const TIMESTAMP = 1790000000000;

let tree: FsTree;

function existingSubgraphs(): { name: string; port: number }[] {
  return readdirSync(join(ROOT, 'apps'))
    .filter((app) => existsSync(join(ROOT, 'apps', app, 'src', 'subgraph.ts')))
    .map((app) => ({
      name: app,
      port: Number(/defaultPort: (\d+)/.exec(readFileSync(join(ROOT, 'apps', app, 'src', 'subgraph.ts'), 'utf8'))![1]),
    }));
}

const read = (file: string) => tree.read(file, 'utf-8') ?? '';

beforeAll(async () => {
  tree = new FsTree(ROOT, false);
  // Prettier is ESM, which Jest cannot load here; `npm run generator:check` formats as `nx g` does.
  await subgraphGenerator(tree, { name: NAME, timestamp: TIMESTAMP, skipFormat: true });
}, 60_000);

describe('npx nx g @buurtvolk/tools:subgraph probe', () => {
  it('writes a subgraph in the house layout, and nothing to the working tree', () => {
    const created = tree
      .listChanges()
      .filter((change) => change.type === 'CREATE')
      .map((change) => change.path)
      .sort();
    expect(created).toEqual(
      [
        'jest.config.js',
        'project.json',
        'tsconfig.app.json',
        'src/context.ts',
        'src/database.ts',
        'src/demo-data.ts',
        'src/loaders.ts',
        'src/main.ts',
        `src/migrations/${TIMESTAMP}-create-probe-schema.ts`,
        'src/notes/note.entity.ts',
        'src/notes/note.inputs.ts',
        'src/notes/note.resolver.ts',
        'src/notes/note.rules.spec.ts',
        'src/notes/note.rules.ts',
        'src/notes/note.service.ts',
        'src/notes/note.spec.ts',
        'src/personal-data.ts',
        'src/policy.ts',
        'src/references.ts',
        'src/schema.ts',
        'src/subgraph.ts',
      ]
        .map((file) => `apps/probe/${file}`)
        .concat('apps/gateway/src/test/access-matrix/rows/probe.ts')
        .sort(),
    );
    for (const file of created)
      expect({ file, leftovers: /<%|%>|__tmpl__|__name__/.test(read(file) + file) }).toEqual({ file, leftovers: false });
    expect(existsSync(join(ROOT, 'apps', NAME))).toBe(false);
  });

  it('takes the next free port and its migration is named for its timestamp', () => {
    const next = Math.max(...existingSubgraphs().map(({ port }) => port)) + 1;
    expect(read('apps/probe/src/subgraph.ts')).toContain(`defaultPort: ${next},`);
    expect(read(`apps/probe/src/migrations/${TIMESTAMP}-create-probe-schema.ts`)).toContain(`name = 'CreateProbeSchema${TIMESTAMP}'`);
  });

  it("copies the model app's project.json: the same targets and tags, its own name", () => {
    const model = JSON.parse(readFileSync(join(ROOT, 'apps/training/project.json'), 'utf8'));
    const project = JSON.parse(read('apps/probe/project.json'));
    expect(project.name).toBe('probe');
    expect(project.tags).toEqual(model.tags);
    expect(Object.keys(project.targets)).toEqual(Object.keys(model.targets));
    expect(JSON.stringify(project)).not.toContain('training');
  });

  it('registers it where the stack needs it', () => {
    expect(read('tools/subgraphs.ts')).toContain("import { probeSubgraph } from '../apps/probe/src/subgraph';");
    expect(read('tools/subgraphs.ts')).toContain("{ definition: probeSubgraph, main: 'apps/probe/src/main.ts' },");
    expect(read('tools/subgraph-services.ts')).toMatch(/\{ name: 'probe', port: \d+, main: 'apps\/probe\/src\/main.ts' \},/);
    expect(read('tools/personal-data.spec.ts')).toMatch(/import \{ PROBE_PERSONAL_DATA \}[\s\S]*probe: PROBE_PERSONAL_DATA,/);
    expect(read('apps/gateway/src/test/federation.ts')).toMatch(
      /\{ name: 'probe', definition: probeSubgraph \},[\s\S]*probe\?: TestSubgraph;/,
    );
    for (const spec of ['apps/gateway/src/access-matrix.spec.ts', 'apps/gateway/src/schema-walk.spec.ts'])
      expect(read(spec)).toMatch(/startTestFederation\(\{[^}]*probe: true/);
    expect(read('apps/gateway/src/test/access-matrix/rows/index.ts')).toMatch(
      /import \{ probeRows \} from '.\/probe';[\s\S]*probe: probeRows,/,
    );
    expect(read('docker/postgres-init.sql')).toMatch(/CREATE DATABASE buurtvolk_probe;\n$/);
    const compose = read('docker/compose.yaml');
    const port = /defaultPort: (\d+)/.exec(read('apps/probe/src/subgraph.ts'))![1];
    expect(compose).toContain(`args: { APP: probe }`);
    expect(compose).toContain(`PROBE_SUBGRAPH_URL: http://probe:${port}/graphql`);
    expect(compose).toMatch(/depends_on:[\s\S]*probe:\n {8}condition: service_healthy\n/);
  });

  it('refuses a name that is not one, a subgraph that exists, and a port in use', async () => {
    const again = new FsTree(ROOT, false);
    await expect(subgraphGenerator(again, { name: 'Probe-Two', skipFormat: true })).rejects.toThrow('is not a subgraph name');
    await expect(subgraphGenerator(again, { name: 'training', skipFormat: true })).rejects.toThrow('apps/training exists already');
    await expect(subgraphGenerator(again, { name: 'probetwo', port: 4004, skipFormat: true })).rejects.toThrow('Port 4004 is taken');
  });

  describe('its schema', () => {
    let dir: string;
    let schema: GraphQLSchema;
    let sdl: string;

    beforeAll(async () => {
      // The generated sources, loaded from a folder of their own (its node_modules the repository's).
      dir = mkdtempSync(join(tmpdir(), 'buurtvolk-generator-'));
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      flushChanges(
        dir,
        tree.listChanges().filter((change) => change.path.startsWith('apps/probe/')),
      );
      const { probeSubgraph }: { probeSubgraph: SubgraphDefinition<any> } = await import(join(dir, 'apps/probe/src/subgraph'));
      schema = await probeSubgraph.buildSchema();
      sdl = printSubgraphSdl(schema);
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('composes into the supergraph with the committed subgraphs', () => {
      const sources = existingSubgraphs().map(({ name, port }) => ({
        name,
        url: `http://localhost:${port}/graphql`,
        sdl: readFileSync(join(ROOT, 'apps', name, 'schema.graphql'), 'utf8'),
      }));
      const supergraph = composeSupergraph([...sources, { name: NAME, url: 'http://localhost:4999/graphql', sdl }]);
      expect(supergraph).toContain('probeNotes(');
      expect(supergraph).toContain('addProbeNote(');
      expect(supergraph).toMatch(/type ProbeNote[^{]*@join__type\(graph: PROBE, key: "id"\)/);
    });

    it('describes every field of its own types', () => {
      const undescribed = ['ProbeNote', 'AddProbeNoteInput']
        .map((name) => schema.getType(name)!)
        .flatMap((type) =>
          isObjectType(type) || isInputObjectType(type)
            ? Object.values(type.getFields())
                .filter((field) => !field.description)
                .map((field) => `${type.name}.${field.name}`)
            : [],
        );
      const query = schema.getQueryType()!.getFields().probeNotes;
      expect({ undescribed, query: query.description, type: getNamedType(query.type).name }).toEqual({
        undescribed: [],
        query: expect.stringContaining("A team's notes"),
        type: 'ProbeNoteConnection',
      });
    });
  });
});
