/**
 * `npx nx g @buurtvolk/tools:subgraph <name>`: a new subgraph in the house layout (apps/training is the model), with a
 * first feature (a team's notes) that passes its own tests, registered wherever the stack needs it.
 */
import { formatFiles, generateFiles, joinPathFragments, type Tree } from '@nx/devkit';

export interface SubgraphGeneratorOptions {
  name: string;
  /** By default the next port after the highest `defaultPort` of the existing subgraphs. */
  port?: number;
  /** For tests: the migration's timestamp (by default the moment the generator runs). */
  timestamp?: number;
  /** For tests: leave the files as generated instead of running Prettier over them. */
  skipFormat?: boolean;
}

export const NAME_PATTERN = /^[a-z][a-z0-9]{1,29}$/;
/** The app whose project.json the new one copies, so that targets and tags stay as the house keeps them. */
const MODEL_APP = 'training';
/** Not subgraphs: their folders under apps/ hold no subgraph.ts. */
const NOT_SUBGRAPHS = new Set(['gateway', 'portal']);

export interface SubgraphNames {
  name: string;
  className: string;
  propertyName: string;
  constantName: string;
}

export function subgraphNames(name: string): SubgraphNames {
  return { name, className: name[0].toUpperCase() + name.slice(1), propertyName: name, constantName: name.toUpperCase() };
}

/** The highest `defaultPort` of the subgraphs under apps/, plus one. */
export function nextFreePort(tree: Tree): number {
  const ports = tree
    .children('apps')
    .map((app) => `apps/${app}/src/subgraph.ts`)
    .filter((file) => tree.exists(file))
    .map((file) => Number(/defaultPort:\s*(\d+)/.exec(tree.read(file, 'utf-8')!)?.[1]))
    .filter((port) => Number.isInteger(port));
  if (!ports.length) throw new Error('Found no subgraph with a defaultPort under apps/*/src/subgraph.ts');
  return Math.max(...ports) + 1;
}

function usedPorts(tree: Tree): Set<number> {
  return new Set(
    tree
      .children('apps')
      .map((app) => `apps/${app}/src/subgraph.ts`)
      .filter((file) => tree.exists(file))
      .map((file) => Number(/defaultPort:\s*(\d+)/.exec(tree.read(file, 'utf-8')!)?.[1])),
  );
}

export default async function subgraphGenerator(tree: Tree, options: SubgraphGeneratorOptions): Promise<() => void> {
  const { name } = options;
  if (!NAME_PATTERN.test(name))
    throw new Error(`"${name}" is not a subgraph name: use 2 to 30 lower-case letters and digits, starting with a letter (e.g. messages)`);
  if (tree.exists(`apps/${name}`) || NOT_SUBGRAPHS.has(name)) throw new Error(`apps/${name} exists already`);
  const port = options.port ?? nextFreePort(tree);
  if (usedPorts(tree).has(port) || port === 4000) throw new Error(`Port ${port} is taken by another service`);
  const names = subgraphNames(name);
  const timestamp = options.timestamp ?? Date.now();
  const variables = { ...names, port, timestamp, tmpl: '' };

  generateFiles(tree, joinPathFragments(__dirname, 'files', 'app'), `apps/${name}`, variables);
  writeProjectJson(tree, name);
  generateFiles(tree, joinPathFragments(__dirname, 'files', 'access-matrix'), 'apps/gateway/src/test/access-matrix/rows', variables);

  registerInSubgraphList(tree, names, port);
  registerPersonalData(tree, names);
  registerInTestFederation(tree, names);
  registerInAccessMatrix(tree, names);
  registerInDocker(tree, names, port);

  if (!options.skipFormat) await formatFiles(tree);
  return () => {
    console.log(
      [
        '',
        `apps/${name} is the ${name} subgraph on port ${port}. Next:`,
        `  npx jest apps/${name}          its own tests`,
        '  npm run schema:write          writes its schema.graphql and composes the supergraph',
        '  npm run portal:codegen && npm run partner-client:codegen',
        '  npm run schema:check',
        'Then grow the notes into what the service is for; every new Query or Mutation needs a row in',
        `apps/gateway/src/test/access-matrix/rows/${name}.ts.`,
      ].join('\n'),
    );
  };
}

/** The model app's project.json with its name swapped: the same targets, inputs and tags. */
function writeProjectJson(tree: Tree, name: string): void {
  const model = tree.read(`apps/${MODEL_APP}/project.json`, 'utf-8');
  if (!model) throw new Error(`apps/${MODEL_APP}/project.json is missing: the generator copies its targets and tags`);
  tree.write(`apps/${name}/project.json`, model.replace(new RegExp(`\\b${MODEL_APP}\\b`, 'g'), name));
}

/** Edits a registration file, failing loudly when the place to edit is no longer where the generator expects it. */
function edit(tree: Tree, file: string, change: (content: string) => string): void {
  const content = tree.read(file, 'utf-8');
  if (content === null) throw new Error(`${file} is missing: cannot register the new subgraph there`);
  tree.write(file, change(content));
}

function insertAfterLast(content: string, pattern: RegExp, text: string, file: string): string {
  const matches = [...content.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
  const last = matches.at(-1);
  if (!last) throw new Error(`${file}: found no ${pattern} to add the new subgraph after`);
  const end = last.index! + last[0].length;
  return content.slice(0, end) + text + content.slice(end);
}

function insertBefore(content: string, pattern: RegExp, text: string, file: string): string {
  const match = pattern.exec(content);
  if (!match) throw new Error(`${file}: found no ${pattern} to add the new subgraph before`);
  return content.slice(0, match.index) + text + content.slice(match.index);
}

/**
 * tools/subgraphs.ts and tools/subgraph-services.ts: what `npm start`, the schema check, the end-to-end tests and the
 * resilience run start.
 */
function registerInSubgraphList(tree: Tree, { name, propertyName }: SubgraphNames, port: number): void {
  const file = 'tools/subgraphs.ts';
  edit(tree, file, (content) => {
    let next = insertAfterLast(
      content,
      /^import .* from '\.\.\/apps\/[^']+';$/m,
      `\nimport { ${propertyName}Subgraph } from '../apps/${name}/src/subgraph';`,
      file,
    );
    next = insertAfterLast(
      next,
      /^ {2}\{ definition: \w+, main: '[^']+' \},$/m,
      `\n  { definition: ${propertyName}Subgraph, main: 'apps/${name}/src/main.ts' },`,
      file,
    );
    return next;
  });
  const services = 'tools/subgraph-services.ts';
  edit(tree, services, (content) =>
    insertAfterLast(
      content,
      /^ {2}\{ name: '[^']+', port: \d+, main: '[^']+' \},$/m,
      `\n  { name: '${name}', port: ${port}, main: 'apps/${name}/src/main.ts' },`,
      services,
    ),
  );
}

/** tools/personal-data.spec.ts: every subgraph declares the columns that name a person. */
function registerPersonalData(tree: Tree, { name, constantName }: SubgraphNames): void {
  const file = 'tools/personal-data.spec.ts';
  edit(tree, file, (content) => {
    let next = insertAfterLast(
      content,
      /^import \{ \w+_PERSONAL_DATA \} from '\.\.\/apps\/[^']+';$/m,
      `\nimport { ${constantName}_PERSONAL_DATA } from '../apps/${name}/src/personal-data';`,
      file,
    );
    next = insertAfterLast(next, /^ {2}\w+: \w+_PERSONAL_DATA,$/m, `\n  ${name}: ${constantName}_PERSONAL_DATA,`, file);
    return next;
  });
}

/** The gateway's test federation: the subgraphs the access matrix and the schema walk compose. */
function registerInTestFederation(tree: Tree, { name, propertyName }: SubgraphNames): void {
  const file = 'apps/gateway/src/test/federation.ts';
  edit(tree, file, (content) => {
    let next = insertAfterLast(
      content,
      /^import \{ \w+Subgraph \} from '\.\.\/\.\.\/\.\.\/[^']+';$/m,
      `\nimport { ${propertyName}Subgraph } from '../../../${name}/src/subgraph';`,
      file,
    );
    next = insertAfterLast(
      next,
      /^ {2}\{ name: '\w+', definition: \w+Subgraph \},$/m,
      `\n  { name: '${name}', definition: ${propertyName}Subgraph },`,
      file,
    );
    next = insertBefore(next, /^ {2}notes: TeamNotesSubgraph;$/m, `  ${name}?: TestSubgraph;\n`, file);
    return next;
  });
  for (const spec of ['apps/gateway/src/access-matrix.spec.ts', 'apps/gateway/src/schema-walk.spec.ts']) {
    edit(tree, spec, (content) => {
      const call = /startTestFederation\(\{[^}]*\bimpact: true/.exec(content);
      if (!call) throw new Error(`${spec}: found no startTestFederation({ … impact: true }) to add the new subgraph to`);
      const at = call.index + call[0].length - 'impact: true'.length;
      return `${content.slice(0, at)}${name}: true, ${content.slice(at)}`;
    });
  }
}

/** The access matrix: one row per Query and Mutation field, by the subgraph that decides it. */
function registerInAccessMatrix(tree: Tree, { name, propertyName }: SubgraphNames): void {
  const file = 'apps/gateway/src/test/access-matrix/rows/index.ts';
  edit(tree, file, (content) => {
    let next = insertAfterLast(
      content,
      /^import \{ \w+Rows \} from '\.\/[^']+';$/m,
      `\nimport { ${propertyName}Rows } from './${name}';`,
      file,
    );
    next = insertBefore(next, /^ {2}'a person through another subgraph':/m, `  ${name}: ${propertyName}Rows,\n`, file);
    return next;
  });
}

/** The production-like stack: its database, its container, and where the gateway finds it. */
function registerInDocker(tree: Tree, { name }: SubgraphNames, port: number): void {
  edit(tree, 'docker/postgres-init.sql', (content) => `${content.trimEnd()}\nCREATE DATABASE buurtvolk_${name};\n`);
  const file = 'docker/compose.yaml';
  edit(tree, file, (content) => {
    const service = [
      `  ${name}:`,
      '    <<: *service',
      `    build: { context: .., dockerfile: docker/Dockerfile, args: { APP: ${name} } }`,
      '    environment:',
      '      <<: *service-env',
      `      PORT: '${port}'`,
      '    healthcheck:',
      `      test: ['CMD', 'node', '-e', "fetch('http://localhost:${port}/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]`,
      '      interval: 10s',
      '',
      '',
    ].join('\n');
    let next = insertBefore(content, /^ {2}gateway:$/m, service, file);
    next = insertAfterLast(
      next,
      /^ {6}\w+_SUBGRAPH_URL: http:\/\/\w+:\d+\/graphql$/m,
      `\n      ${name.toUpperCase()}_SUBGRAPH_URL: http://${name}:${port}/graphql`,
      file,
    );
    next = insertAfterLast(
      next,
      /^ {6}\w+:\n {8}condition: service_healthy$/m,
      `\n      ${name}:\n        condition: service_healthy`,
      file,
    );
    return next;
  });
}
