import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as the manifests write it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  configMapGenerator?: { name: string; files?: string[]; literals?: string[] }[];
  generatorOptions?: { disableNameSuffixHash?: boolean };
}

/** The kustomization fields this renderer implements; any other field is refused rather than silently ignored. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'configMapGenerator', 'generatorOptions']);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
]);

export class KustomizeError extends Error {
  override name = 'KustomizeError';
}

/** Parses every YAML document of a file (comments and `---` separators as kubectl reads them). */
export function readYamlDocuments(file: string): unknown[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'), { merge: true }).map((doc) => {
    if (doc.errors.length) throw new KustomizeError(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as unknown;
  });
}

function asObject(value: unknown, where: string): K8sObject {
  const object = value as K8sObject;
  if (!object || typeof object !== 'object' || !object.apiVersion || !object.kind || !object.metadata?.name) {
    throw new KustomizeError(`${where}: not a Kubernetes object (apiVersion, kind and metadata.name are required)`);
  }
  return object;
}

/** The pod specs of workload objects, where images live. */
function podSpecs(object: K8sObject): { containers?: { image?: string }[]; initContainers?: { image?: string }[] }[] {
  const spec = object.spec as { template?: { spec?: object }; jobTemplate?: { spec?: { template?: { spec?: object } } } } | undefined;
  const found = [spec?.template?.spec, spec?.jobTemplate?.spec?.template?.spec].filter(Boolean);
  return found as ReturnType<typeof podSpecs>;
}

const imageName = (image: string) => image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');

function generatedConfigMap(dir: string, generator: NonNullable<Kustomization['configMapGenerator']>[number]): K8sObject {
  const data: Record<string, string> = {};
  for (const entry of generator.files ?? []) {
    const [key, file] = entry.includes('=') ? entry.split('=', 2) : [path.basename(entry), entry];
    const resolved = path.resolve(dir, file);
    // kustomize's load restrictor: a generator reads files at or below its kustomization only.
    if (!resolved.startsWith(path.resolve(dir) + path.sep)) throw new KustomizeError(`${dir}: ${file} is outside the kustomization`);
    data[key] = fs.readFileSync(resolved, 'utf8');
  }
  for (const literal of generator.literals ?? []) {
    const [key, ...value] = literal.split('=');
    data[key] = value.join('=');
  }
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: generator.name }, data };
}

/**
 * Renders a kustomization directory as `kustomize build` does for the subset of fields these manifests use:
 * resources (files and directories, recursively), namespace, labels, images, configMapGenerator with fixed names.
 * It exists because CI has no kustomize binary; a field it does not implement is an error, so the two cannot
 * silently disagree.
 */
export function renderKustomization(dir: string): K8sObject[] {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new KustomizeError(`${dir}: no kustomization.yaml`);
  const [raw] = readYamlDocuments(file);
  const k = (raw ?? {}) as Kustomization;
  const unknown = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unknown.length) throw new KustomizeError(`${file}: unsupported field(s) ${unknown.join(', ')}`);
  if (k.kind !== undefined && k.kind !== 'Kustomization') throw new KustomizeError(`${file}: kind must be Kustomization`);
  if (k.configMapGenerator?.length && k.generatorOptions?.disableNameSuffixHash !== true) {
    throw new KustomizeError(`${file}: generated names with a hash suffix are not supported; set generatorOptions.disableNameSuffixHash`);
  }

  const objects: K8sObject[] = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new KustomizeError(`${file}: resource ${entry} does not exist`);
    if (fs.statSync(target).isDirectory()) objects.push(...renderKustomization(target));
    else objects.push(...readYamlDocuments(target).map((doc, i) => asObject(doc, `${target}#${i}`)));
  }
  objects.push(...(k.configMapGenerator ?? []).map((g) => generatedConfigMap(dir, g)));

  const result = objects.map((object) => structuredClone(object));
  for (const object of result) {
    if (k.namespace && !CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = k.namespace;
    for (const { pairs, includeSelectors, includeTemplates } of k.labels ?? []) {
      object.metadata.labels = { ...object.metadata.labels, ...pairs };
      if (includeSelectors || includeTemplates)
        throw new KustomizeError(`${file}: labels.includeSelectors/includeTemplates are not supported`);
    }
    for (const spec of podSpecs(object)) {
      for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
        const image = k.images?.find((i) => container.image && imageName(container.image) === i.name);
        if (!image || !container.image) continue;
        const tag = /:[^/:]+$/.exec(container.image.replace(/@.*$/, ''))?.[0].slice(1);
        container.image = `${image.newName ?? image.name}${(image.newTag ?? tag) ? `:${image.newTag ?? tag}` : ''}`;
      }
    }
  }
  const ids = new Set<string>();
  for (const object of result) {
    const id = `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
    if (ids.has(id)) throw new KustomizeError(`${file}: ${id} appears twice`);
    ids.add(id);
  }
  return result;
}
