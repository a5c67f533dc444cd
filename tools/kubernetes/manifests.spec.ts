import { serviceDatabaseName } from '@buurtvolk/database';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Namespace, Secret, Service } from 'kubernetes-models/v1';
import { SUBGRAPHS } from '../subgraphs';
import { type KubeObject, kustomizationDir, podContainers, type Rendered, renderKustomization } from './kustomize';

/**
 * deploy/kubernetes, rendered by the small loader in ./kustomize (no kustomize binary): every object a schema exists
 * for is validated against the Kubernetes OpenAPI schema (kubernetes-models), the CloudNativePG objects by hand, and
 * every service of tools/subgraphs.ts plus the gateway must be fully deployed.
 */

type Model = { new (data: any): { validate(): void } };
const MODELS: Record<string, Model> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
};
const CNPG = 'postgresql.cnpg.io/v1';
const BARMAN = 'barmancloud.cnpg.io/v1';
const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

const SERVICES = [
  { name: 'gateway', port: 4000 },
  ...SUBGRAPHS.map(({ definition }) => ({ name: definition.name, port: definition.defaultPort })),
];
const subgraphNames = SUBGRAPHS.map(({ definition }) => definition.name);

const renders: Record<string, Rendered> = {
  base: renderKustomization(kustomizationDir('base')),
  production: renderKustomization(kustomizationDir('overlays', 'production')),
};

function find(objects: KubeObject[], kind: string, name: string): KubeObject {
  const found = objects.filter((object) => object.kind === kind && object.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length}`);
  return found[0];
}

function matches(selector: Record<string, string>, labels: Record<string, string> = {}): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** The hand-written check of a CloudNativePG (or Barman Cloud plugin) object: the fields these manifests rely on, with their types. */
function cnpgProblems(object: KubeObject, objects: KubeObject[]): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(`${object.kind} ${object.metadata.name}: ${what}`);
  };
  const spec = object.spec ?? {};
  const clusters = objects
    .filter((candidate) => candidate.apiVersion === CNPG && candidate.kind === 'Cluster')
    .map((cluster) => cluster.metadata.name);
  switch (object.kind) {
    case 'Cluster': {
      need(Number.isInteger(spec.instances) && spec.instances >= 1, 'spec.instances is a positive integer');
      need(typeof spec.bootstrap?.initdb?.database === 'string', 'spec.bootstrap.initdb.database is a string');
      need(typeof spec.bootstrap?.initdb?.owner === 'string', 'spec.bootstrap.initdb.owner is a string');
      need(/^\d+[MGT]i$/.test(spec.storage?.size ?? ''), 'spec.storage.size is a quantity');
      for (const [name, value] of Object.entries(spec.postgresql?.parameters ?? {}))
        need(typeof value === 'string', `parameter ${name} is a string`);
      const plugin = (spec.plugins ?? []).find((candidate: any) => candidate.name === BARMAN_PLUGIN);
      need(plugin?.isWALArchiver === true, `spec.plugins has ${BARMAN_PLUGIN} as the WAL archiver`);
      const stores = objects
        .filter((candidate) => candidate.apiVersion === BARMAN && candidate.kind === 'ObjectStore')
        .map((store) => store.metadata.name);
      need(stores.includes(plugin?.parameters?.barmanObjectName), 'the plugin parameter barmanObjectName names an ObjectStore');
      break;
    }
    case 'ObjectStore': {
      const configuration = spec.configuration ?? {};
      need(/^s3:\/\/[^/]+/.test(configuration.destinationPath ?? ''), 'spec.configuration.destinationPath is an s3:// URL');
      for (const field of ['accessKeyId', 'secretAccessKey']) {
        const ref = configuration.s3Credentials?.[field];
        need(typeof ref?.name === 'string' && typeof ref?.key === 'string', `s3Credentials.${field} has name and key`);
      }
      need(/^\d+[dwm]$/.test(spec.retentionPolicy ?? ''), 'spec.retentionPolicy is like 30d');
      break;
    }
    case 'Database':
      need(/^[a-z_][a-z0-9_]*$/.test(spec.name ?? ''), 'spec.name is a database name');
      need(typeof spec.owner === 'string', 'spec.owner is a string');
      need(clusters.includes(spec.cluster?.name), 'spec.cluster.name names a Cluster');
      break;
    case 'ScheduledBackup':
      need(
        typeof spec.schedule === 'string' && spec.schedule.trim().split(/\s+/).length === 6,
        'spec.schedule has six fields (seconds first)',
      );
      need(clusters.includes(spec.cluster?.name), 'spec.cluster.name names a Cluster');
      need(spec.method === 'plugin' && spec.pluginConfiguration?.name === BARMAN_PLUGIN, `spec.method is plugin, through ${BARMAN_PLUGIN}`);
      need(['none', 'self', 'cluster', undefined].includes(spec.backupOwnerReference), 'spec.backupOwnerReference is known');
      break;
    default:
      problems.push(`${object.kind}: no check for this kind`);
  }
  return problems;
}

describe.each(Object.keys(renders))('deploy/kubernetes (%s)', (which) => {
  const { objects } = renders[which];

  it('has only objects whose kind is validated, and every one passes its schema', () => {
    const problems: string[] = [];
    for (const object of objects) {
      const label = `${object.apiVersion}/${object.kind} ${object.metadata?.name}`;
      if (object.apiVersion === CNPG || object.apiVersion === BARMAN) {
        problems.push(...cnpgProblems(object, objects));
        continue;
      }
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      if (!Model) {
        problems.push(`${label}: no schema known to this test`);
        continue;
      }
      try {
        new Model(object).validate();
      } catch (error) {
        problems.push(`${label}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every object once per kind', () => {
    const keys = objects.map((object) => `${object.kind}/${object.metadata.name}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each(SERVICES)('deploys $name: Deployment, Service, probes, resources, security, HPA and PDB', ({ name, port }) => {
    const deployment = find(objects, 'Deployment', name);
    const podLabels = deployment.spec.template.metadata.labels;
    expect(matches(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
    const [container] = deployment.spec.template.spec.containers;
    expect(container.image).toMatch(new RegExp(`^buurtvolk/${name}(:|@|$)`));
    expect(container.ports).toContainEqual({ name: 'http', containerPort: port });
    expect(container.readinessProbe.httpGet).toMatchObject({ path: '/health/ready', port: 'http' });
    expect(container.livenessProbe.httpGet).toMatchObject({ path: '/health/live', port: 'http' });
    for (const kind of ['requests', 'limits']) expect(Object.keys(container.resources[kind]).sort()).toEqual(['cpu', 'memory']);

    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(Number.isInteger(pod.securityContext.runAsUser) && pod.securityContext.runAsUser > 0).toBe(true);
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });

    const service = find(objects, 'Service', name);
    expect(matches(service.spec.selector, podLabels)).toBe(true);
    expect(service.spec.ports).toContainEqual(expect.objectContaining({ port, targetPort: 'http' }));

    const hpa = find(objects, 'HorizontalPodAutoscaler', name);
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);

    const pdb = find(objects, 'PodDisruptionBudget', name);
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });

  it('runs at least two gateways', () => {
    expect(find(objects, 'Deployment', 'gateway').spec.replicas).toBeGreaterThanOrEqual(2);
    expect(find(objects, 'HorizontalPodAutoscaler', 'gateway').spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it.each(SUBGRAPHS.map(({ definition }) => ({ name: definition.name, port: definition.defaultPort })))(
    'lets only the gateway (and Prometheus) reach $name, and $name only PostgreSQL and DNS',
    ({ name, port }) => {
      const policy = find(objects, 'NetworkPolicy', name);
      const podLabels = find(objects, 'Deployment', name).spec.template.metadata.labels;
      expect(matches(policy.spec.podSelector.matchLabels, podLabels)).toBe(true);
      expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
      for (const rule of policy.spec.ingress) {
        expect(rule.ports).toEqual([{ port, protocol: 'TCP' }]);
        expect(rule.from).toHaveLength(1);
      }
      const sources = policy.spec.ingress.map((rule: any) => rule.from[0]);
      expect(sources).toContainEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } });
      // Besides the gateway only Prometheus, in the monitoring namespace, for /metrics on the same port.
      expect(sources.filter((source: any) => source.namespaceSelector === undefined)).toHaveLength(1);
      expect(sources.filter((source: any) => source.namespaceSelector).every((source: any) => source.podSelector?.matchLabels)).toBe(true);

      const cluster = objects.find((object) => object.apiVersion === CNPG && object.kind === 'Cluster')!;
      expect(policy.spec.egress).toContainEqual({
        to: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': cluster.metadata.name } } }],
        ports: [{ port: 5432, protocol: 'TCP' }],
      });
    },
  );

  it('has a default-deny ingress policy and lets only the services reach PostgreSQL', () => {
    expect(find(objects, 'NetworkPolicy', 'default-deny-ingress').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const postgres = find(objects, 'NetworkPolicy', 'postgres');
    const onPort = postgres.spec.ingress.find((rule: any) => rule.ports.some((p: any) => p.port === 5432));
    const clients = onPort.from.flatMap((from: any) => from.podSelector?.matchExpressions ?? []).flatMap((e: any) => e.values);
    expect([...clients].sort()).toEqual(SERVICES.map((service) => service.name).sort());
  });

  it('points the gateway at every subgraph and every subgraph at its own database server', () => {
    const env = (name: string) => find(objects, 'Deployment', name).spec.template.spec.containers[0].env as any[];
    const value = (name: string, variable: string) => env(name).find((entry) => entry.name === variable)?.value;
    for (const { definition } of SUBGRAPHS) {
      expect(value('gateway', `${definition.name.toUpperCase()}_SUBGRAPH_URL`)).toBe(
        `http://${definition.name}:${definition.defaultPort}/graphql`,
      );
      expect(value(definition.name, 'PORT')).toBe(String(definition.defaultPort));
      expect(value(definition.name, 'NODE_ENV')).toBe('production');
      expect(value(definition.name, 'DATABASE_URL')).toBe('postgres://buurtvolk-postgres-rw:5432/postgres');
      for (const secret of ['GATEWAY_PUBLIC_KEY', 'CURSOR_SECRET']) {
        expect(env(definition.name).find((entry) => entry.name === secret)?.valueFrom?.secretKeyRef).toBeDefined();
      }
    }
    expect(env('finance').find((entry) => entry.name === 'RECEIPT_URL_SECRET')?.valueFrom?.secretKeyRef).toBeDefined();
    expect(env('gateway').find((entry) => entry.name === 'GATEWAY_SIGNING_KEY')?.valueFrom?.secretKeyRef).toBeDefined();
    // Only the gateway holds the signing key.
    for (const name of subgraphNames) expect(env(name).some((entry) => entry.name === 'GATEWAY_SIGNING_KEY')).toBe(false);
  });

  it('has a CloudNativePG cluster with one database per service, the events and the gateway database, and a scheduled backup', () => {
    const cluster = objects.find((object) => object.apiVersion === CNPG && object.kind === 'Cluster')!;
    const owner = cluster.spec.bootstrap.initdb.owner;
    const databases = [
      cluster.spec.bootstrap.initdb.database,
      ...objects.filter((object) => object.apiVersion === CNPG && object.kind === 'Database').map((object) => object.spec.name),
    ];
    expect(databases.sort()).toEqual([...subgraphNames, 'events', 'gateway'].map(serviceDatabaseName).sort());
    for (const database of objects.filter((object) => object.apiVersion === CNPG && object.kind === 'Database'))
      expect(database.spec.owner).toBe(owner);
    const backups = objects.filter((object) => object.apiVersion === CNPG && object.kind === 'ScheduledBackup');
    expect(backups.map((backup) => backup.spec.cluster.name)).toEqual([cluster.metadata.name]);
  });
});

describe('the production overlay', () => {
  const { objects, secrets } = renders.production;

  it('puts everything in its namespace and pins every image', () => {
    for (const object of objects.filter((object) => object.kind !== 'Namespace')) expect(object.metadata.namespace).toBe('buurtvolk');
    for (const container of objects.flatMap(podContainers)) expect(container.image).toMatch(/:[\w.-]+$|@sha256:/);
    expect(find(objects, 'Deployment', 'gateway').spec.replicas).toBe(3);
  });

  it('adds what production needs on top of the base: the OIDC provider and the receipts bucket', () => {
    const env = (name: string) =>
      (find(objects, 'Deployment', name).spec.template.spec.containers[0].env as any[]).map((entry) => entry.name);
    expect(env('gateway')).toEqual(expect.arrayContaining(['OIDC_ISSUER', 'OIDC_AUDIENCE', 'GATEWAY_SIGNING_KEY']));
    expect(env('finance')).toEqual(expect.arrayContaining(['S3_BUCKET', 'RECEIPT_STORE', 'RECEIPT_URL_SECRET']));
  });

  it('generates every secret a Deployment or the backup ObjectStore refers to, with the keys asked for', () => {
    const cluster = objects.find((object) => object.apiVersion === CNPG && object.kind === 'Cluster')!;
    const problems: string[] = [];
    for (const deployment of objects.filter((object) => object.kind === 'Deployment')) {
      for (const container of podContainers(deployment)) {
        for (const { name, valueFrom } of container.env ?? []) {
          const ref = valueFrom?.secretKeyRef;
          if (!ref) continue;
          // The operator makes <cluster>-app (username, password, …) for the initdb owner.
          if (ref.name === `${cluster.metadata.name}-app` && ['username', 'password'].includes(ref.key)) continue;
          const secret = secrets.find((candidate) => candidate.name === ref.name);
          if (!secret?.keys.includes(ref.key))
            problems.push(`${deployment.metadata.name} ${name}: no generated secret ${ref.name} with ${ref.key}`);
        }
      }
    }
    const store = objects.find((object) => object.apiVersion === BARMAN && object.kind === 'ObjectStore')!;
    for (const ref of Object.values(store.spec.configuration.s3Credentials) as { name: string; key: string }[]) {
      const secret = secrets.find((candidate) => candidate.name === ref.name);
      if (!secret?.keys.includes(ref.key)) problems.push(`ObjectStore: no generated secret ${ref.name} with ${ref.key}`);
      // kustomize does not know this field names a Secret, so it could not follow a hash suffix.
      else if (secret.hashSuffix) problems.push(`ObjectStore: secret ${ref.name} needs options.disableNameSuffixHash`);
    }
    expect(problems).toEqual([]);
  });

  it('commits an example for every secret file the operator provides, and not the file itself', () => {
    const dir = kustomizationDir('overlays', 'production');
    for (const file of renders.production.secrets.flatMap((secret) => secret.files)) {
      expect(existsSync(join(dir, `${file}.example`))).toBe(true);
    }
    expect(existsSync(join(dir, 'secrets', '.gitignore'))).toBe(true);
  });
});

describe('the schema check', () => {
  it('is not vacuous: a wrong field type fails', () => {
    const deployment = structuredClone(find(renders.base.objects, 'Deployment', 'teams'));
    deployment.spec.replicas = 'two';
    expect(() => new Deployment(deployment as any).validate()).toThrow(/replicas must be integer/);
  });
});
