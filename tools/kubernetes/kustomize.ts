import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * A small stand-in for `kustomize build`, enough for deploy/kubernetes and nothing more: it understands only the
 * kustomization fields used there and refuses any other, so a kustomization that outgrows it fails loudly instead of
 * rendering wrongly. What it does not do: hash suffixes on generated names (and rewriting references to them), read
 * secret values (generated Secrets get empty values; a missing file is reported, not an error), or JSON patches.
 */

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: any;
}

export interface GeneratedSecret {
  name: string;
  keys: string[];
  /** The files the operator provides, relative to the kustomization that generates them. */
  files: string[];
  /** Whether the name keeps kustomize's content-hash suffix (and references to it are rewritten). */
  hashSuffix: boolean;
}

export interface Rendered {
  objects: KubeObject[];
  secrets: GeneratedSecret[];
  /** Generator files that do not exist (yet): the operator provides them. */
  missingFiles: string[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'replicas', 'patches', 'secretGenerator']);
const NAMESPACED_EXCEPT = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
]);

export function readYamlDocuments(file: string): KubeObject[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  const objects: KubeObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((error) => error.message).join('; ')}`);
    const value = doc.toJS();
    if (value === null || value === undefined) continue;
    objects.push(value as KubeObject);
  }
  return objects;
}

export function renderKustomization(dir: string): Rendered {
  const file = join(dir, 'kustomization.yaml');
  const [kustomization] = readYamlDocuments(file) as unknown as Record<string, any>[];
  const unknown = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unknown.length) throw new Error(`${file}: this loader does not understand ${unknown.join(', ')}`);

  const rendered: Rendered = { objects: [], secrets: [], missingFiles: [] };
  for (const resource of kustomization.resources ?? []) {
    const path = resolve(dir, resource);
    if (!existsSync(path)) throw new Error(`${file}: resource ${resource} does not exist`);
    if (statSync(path).isDirectory()) {
      const inner = renderKustomization(path);
      rendered.objects.push(...inner.objects);
      rendered.secrets.push(...inner.secrets);
      rendered.missingFiles.push(...inner.missingFiles);
    } else {
      rendered.objects.push(...readYamlDocuments(path));
    }
  }

  for (const generator of kustomization.secretGenerator ?? []) {
    const keys: string[] = [];
    const files: string[] = [];
    for (const entry of generator.files ?? []) {
      const [key, source] = String(entry).includes('=') ? String(entry).split('=', 2) : [String(entry).split('/').pop()!, entry];
      keys.push(key);
      files.push(source);
      if (!existsSync(resolve(dir, source))) rendered.missingFiles.push(resolve(dir, source));
    }
    const unknownKeys = Object.keys(generator).filter((key) => !['name', 'files', 'options', 'type'].includes(key));
    if (unknownKeys.length)
      throw new Error(`${file}: secretGenerator ${generator.name}: this loader does not understand ${unknownKeys.join(', ')}`);
    rendered.secrets.push({ name: generator.name, keys, files, hashSuffix: generator.options?.disableNameSuffixHash !== true });
    rendered.objects.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: generator.name },
      type: generator.type ?? 'Opaque',
      data: Object.fromEntries(keys.map((key) => [key, ''])),
    });
  }

  for (const patch of kustomization.patches ?? []) {
    if (typeof patch.path !== 'string' || Object.keys(patch).length !== 1) {
      throw new Error(`${file}: only patches of the form { path } (strategic merge, by kind and name) are understood`);
    }
    for (const change of readYamlDocuments(resolve(dir, patch.path))) {
      const target = rendered.objects.find(
        (object) => object.kind === change.kind && object.apiVersion === change.apiVersion && object.metadata.name === change.metadata.name,
      );
      if (!target) throw new Error(`${file}: patch ${patch.path} matches no ${change.kind} ${change.metadata.name}`);
      strategicMerge(target, change);
    }
  }

  for (const image of kustomization.images ?? []) {
    let used = false;
    for (const container of rendered.objects.flatMap(podContainers)) {
      if (imageName(container.image) !== image.name) continue;
      used = true;
      const name = image.newName ?? image.name;
      container.image = image.digest ? `${name}@${image.digest}` : `${name}:${image.newTag ?? imageTag(container.image) ?? 'latest'}`;
    }
    if (!used) throw new Error(`${file}: image ${image.name} is used by no container`);
  }

  for (const replicas of kustomization.replicas ?? []) {
    const target = rendered.objects.find(
      (object) => ['Deployment', 'StatefulSet'].includes(object.kind) && object.metadata.name === replicas.name,
    );
    if (!target) throw new Error(`${file}: replicas for ${replicas.name}, which is no Deployment or StatefulSet`);
    target.spec.replicas = replicas.count;
  }

  if (kustomization.namespace) {
    for (const object of rendered.objects) {
      if (!NAMESPACED_EXCEPT.has(object.kind)) object.metadata.namespace = kustomization.namespace;
    }
  }
  return rendered;
}

/** Maps merge key by key; lists whose items all have a `name` merge item by item (containers, env, volumes); others are replaced. */
export function strategicMerge(target: any, patch: any): any {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (isNamedList(current) && isNamedList(value)) {
      for (const item of value as any[]) {
        const existing = (current as any[]).find((candidate) => candidate.name === item.name);
        if (existing) strategicMerge(existing, item);
        else (current as any[]).push(item);
      }
    } else if (isPlainObject(current) && isPlainObject(value)) {
      strategicMerge(current, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

export function podContainers(object: KubeObject): { name: string; image: string; [key: string]: any }[] {
  const spec = object.kind === 'Pod' ? object.spec : object.spec?.template?.spec;
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

function imageName(image: string): string {
  return image.split('@')[0].replace(/:[^:/]+$/, '');
}

function imageTag(image: string): string | undefined {
  return /:([^:/@]+)$/.exec(image.split('@')[0])?.[1];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamedList(value: unknown): value is { name: string }[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.name === 'string');
}

export function kustomizationDir(...parts: string[]): string {
  return join(dirname(dirname(__dirname)), 'deploy', 'kubernetes', ...parts);
}
