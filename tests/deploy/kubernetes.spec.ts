import fs from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { K8sObject, readYamlDocuments, renderKustomization } from '../support/kustomize';

const K8S = path.join(__dirname, '..', '..', 'deploy', 'k8s');
const SUBGRAPHS = { customer: 4001, credit: 4002, complaint: 4003, supplier: 4004, reception: 4005 } as const;
type Subgraph = keyof typeof SUBGRAPHS;

/** kubernetes-models: validators generated from the Kubernetes OpenAPI schema, one class per apiVersion/kind. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean };
}
type Workload = K8sObject & {
  spec: { selector?: { matchLabels: Record<string, string> }; template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec } };
};

const overlays = fs.readdirSync(path.join(K8S, 'overlays'));
const rendered = Object.fromEntries(overlays.map((o) => [o, renderKustomization(path.join(K8S, 'overlays', o))]));
const full = rendered.full;
const find = <T extends K8sObject>(objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name) as T | undefined;
const containersOf = (w: Workload) => [...(w.spec.template.spec.initContainers ?? []), ...w.spec.template.spec.containers];

describe('the Kubernetes manifests (deploy/k8s)', () => {
  it('have a full overlay and one overlay per department team', () => {
    expect(overlays.sort()).toEqual(['full', ...Object.keys(SUBGRAPHS)].sort());
  });

  it.each(overlays)('overlay %s: every object validates against the Kubernetes OpenAPI schema', (overlay) => {
    for (const object of rendered[overlay]) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      if (!Model) throw new Error(`${object.kind} ${object.metadata.name}: no schema for ${object.apiVersion}/${object.kind}`);
      expect(() => new Model(object as never).validate()).not.toThrow();
      expect(object.kind === 'Namespace' || object.metadata.namespace === 'crm').toBe(true);
      expect(object.metadata.labels?.['app.kubernetes.io/part-of']).toBe('crm');
    }
  });

  it('rejects a manifest that breaks the schema (the validation is not vacuous)', () => {
    const deployment = structuredClone(find<Workload>(full, 'Deployment', 'credit')!);
    (deployment.spec.template.spec.containers[0].ports![0] as { containerPort: unknown }).containerPort = 'graphql';
    expect(() => new Deployment(deployment as never).validate()).toThrow('containerPort must be integer');
  });

  it('run the gateway and every subgraph with probes on the health endpoints, resources, non-root and read-only', () => {
    for (const name of ['gateway', ...Object.keys(SUBGRAPHS)]) {
      const deployment = find<Workload>(full, 'Deployment', name);
      expect(deployment).toBeDefined();
      expect(deployment!.spec.template.spec.securityContext?.runAsNonRoot).toBe(true);
      const [main] = deployment!.spec.template.spec.containers;
      const port = main.ports?.[0];
      expect(main.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: port?.name });
      expect(main.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: port?.name });
      expect(port?.containerPort).toBe(name === 'gateway' ? 4000 : SUBGRAPHS[name as Subgraph]);
      for (const container of containersOf(deployment!)) {
        expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
        expect(container.image).toMatch(/^registry\.example\.com\/crm\/[a-z]+:0\.1\.0$/);
      }
    }
  });

  it('scale every Deployment with an HPA and protect it with a PDB that selects its pods', () => {
    for (const deployment of full.filter((o) => o.kind === 'Deployment') as Workload[]) {
      const name = deployment.metadata.name;
      const hpa = find<K8sObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(
        full,
        'HorizontalPodAutoscaler',
        name,
      );
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
      const pdb = find<K8sObject & { spec: { selector: { matchLabels: Record<string, string> } } }>(full, 'PodDisruptionBudget', name);
      expect(deployment.spec.template.metadata?.labels).toMatchObject(pdb!.spec.selector.matchLabels);
      expect(deployment.spec.template.metadata?.labels).toMatchObject(deployment.spec.selector!.matchLabels);
    }
  });

  it('migrate each subgraph in a Job before its pods start: the init container waits for the schema, the subgraph does not migrate', () => {
    for (const name of Object.keys(SUBGRAPHS)) {
      const job = find<Workload>(full, 'Job', `${name}-migrate`);
      expect(job?.spec.template.spec.containers[0].command).toEqual(['node', 'dist/migrate.js']);
      const deployment = find<Workload>(full, 'Deployment', name)!;
      expect(deployment.spec.template.spec.initContainers?.[0].command).toEqual(['node', 'dist/migrate.js', '--wait']);
      for (const container of [...containersOf(deployment), ...job!.spec.template.spec.containers]) {
        expect(container.env?.find((e) => e.name === 'MIGRATE_ON_START')?.value).toBe('false');
        expect(container.image).toBe(`registry.example.com/crm/${name}:0.1.0`);
      }
    }
  });

  it('let only the gateway reach the subgraphs, and deny everything else by default', () => {
    const policies = full.filter((o) => o.kind === 'NetworkPolicy') as (K8sObject & {
      spec: {
        podSelector: { matchLabels?: Record<string, string> };
        ingress?: { from?: { podSelector?: { matchLabels: Record<string, string> } }[]; ports?: { port: number }[] }[];
      };
    })[];
    const defaultDeny = policies.find((p) => Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0);
    expect(defaultDeny?.spec.ingress).toBeUndefined();
    for (const [name, port] of Object.entries(SUBGRAPHS)) {
      const selecting = policies.filter((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === name);
      expect(selecting).toHaveLength(1);
      const rules = selecting[0].spec.ingress ?? [];
      expect(rules.flatMap((r) => r.from ?? []).map((f) => f.podSelector?.matchLabels)).toEqual([{ 'app.kubernetes.io/name': 'gateway' }]);
      expect(rules.flatMap((r) => r.ports ?? []).map((p) => p.port)).toEqual([port]);
    }
  });

  it('serve the committed supergraph as a ConfigMap mounted where SUPERGRAPH_FILE points', () => {
    const configMap = find<K8sObject & { data: Record<string, string> }>(full, 'ConfigMap', 'crm-supergraph');
    expect(configMap?.data['supergraph.graphql']).toBe(
      fs.readFileSync(path.join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8'),
    );
    const gateway = find<Workload>(full, 'Deployment', 'gateway')!;
    expect(gateway.spec.template.spec.containers[0].env?.find((e) => e.name === 'SUPERGRAPH_FILE')?.value).toBe(
      '/etc/crm/supergraph/supergraph.graphql',
    );
  });

  it('take the JWT, signing and database secrets from Secrets whose example holds placeholders only', () => {
    const examples = readYamlDocuments(path.join(K8S, 'secrets.example.yaml')) as (K8sObject & { stringData: Record<string, string> })[];
    for (const secret of examples) expect(() => new Secret(secret as never).validate()).not.toThrow();
    const referenced = new Set(
      (full.filter((o) => o.kind === 'Deployment' || o.kind === 'Job') as Workload[]).flatMap((w) =>
        containersOf(w).flatMap((c) =>
          (c.env ?? []).flatMap((e) =>
            e.valueFrom?.secretKeyRef ? [`${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`] : [],
          ),
        ),
      ),
    );
    const defined = new Set(examples.flatMap((s) => Object.keys(s.stringData).map((key) => `${s.metadata.name}/${key}`)));
    expect([...referenced].sort()).toEqual([...defined].sort());
    for (const secret of examples) for (const value of Object.values(secret.stringData)) expect(value).toContain('REPLACE-ME');
    // The services refuse secrets under 32 characters, so an unedited placeholder cannot go live.
    for (const name of ['crm-jwt', 'crm-internal-signing'])
      expect(examples.find((s) => s.metadata.name === name)!.stringData.secret.length).toBeLessThan(32);
    expect(full.some((o) => o.kind === 'Secret')).toBe(false);
  });

  it.each(Object.keys(SUBGRAPHS))('department overlay %s deploys its subgraph alone, exactly as the full overlay does', (name) => {
    const own = rendered[name];
    expect(own.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        `Deployment/${name}`,
        `Service/${name}`,
        `HorizontalPodAutoscaler/${name}`,
        `PodDisruptionBudget/${name}`,
        `Job/${name}-migrate`,
        `NetworkPolicy/${name}-from-gateway-only`,
      ].sort(),
    );
    for (const object of own) expect(object).toEqual(find(full, object.kind, object.metadata.name));
  });
});
