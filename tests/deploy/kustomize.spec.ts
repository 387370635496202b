import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderKustomization } from '../support/kustomize';

/** The small kustomize renderer CI uses instead of the kustomize binary, on throw-away kustomizations. */
describe('rendering kustomizations without kustomize', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kustomize-'));
    write(
      'base/app.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: wait\n          image: crm/app\n      containers:\n        - name: app\n          image: crm/app:dev\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: crm\n',
    );
    write('base/data.txt', 'hello');
    write(
      'base/kustomization.yaml',
      'resources:\n  - app.yaml\nconfigMapGenerator:\n  - name: data\n    files:\n      - data.txt\n    literals:\n      - MODE=a=b\ngeneratorOptions:\n  disableNameSuffixHash: true\n',
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('applies an overlay’s namespace (not to cluster-scoped objects), labels and images to its bases and generates config maps', () => {
    write(
      'overlay/kustomization.yaml',
      'namespace: prod\nlabels:\n  - pairs:\n      team: credit\nresources:\n  - ../base\nimages:\n  - name: crm/app\n    newName: registry/crm/app\n    newTag: "1.2"\n',
    );
    const [deployment, namespace, configMap] = renderKustomization(path.join(dir, 'overlay')) as unknown as [
      {
        metadata: { namespace?: string; labels?: Record<string, string> };
        spec: { template: { spec: { containers: { image: string }[]; initContainers: { image: string }[] } } };
      },
      { metadata: { namespace?: string } },
      { metadata: { name: string; namespace: string }; data: Record<string, string> },
    ];
    expect(deployment.metadata).toMatchObject({ namespace: 'prod', labels: { team: 'credit' } });
    expect(deployment.spec.template.spec.containers[0].image).toBe('registry/crm/app:1.2');
    expect(deployment.spec.template.spec.initContainers[0].image).toBe('registry/crm/app:1.2');
    expect(namespace.metadata.namespace).toBeUndefined();
    expect(configMap).toMatchObject({ metadata: { name: 'data', namespace: 'prod' }, data: { 'data.txt': 'hello', MODE: 'a=b' } });
  });

  it('keeps an image’s own tag when the overlay gives a new name only', () => {
    write('overlay/kustomization.yaml', 'resources:\n  - ../base\nimages:\n  - name: crm/app\n    newName: mirror/app\n');
    const [deployment] = renderKustomization(path.join(dir, 'overlay')) as unknown as [
      { spec: { template: { spec: { containers: { image: string }[] } } } },
    ];
    expect(deployment.spec.template.spec.containers[0].image).toBe('mirror/app:dev');
  });

  it('refuses what it does not implement, a generator file outside the kustomization, and a duplicate object', () => {
    write('a/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: x.yaml\n');
    expect(() => renderKustomization(path.join(dir, 'a'))).toThrow('unsupported field(s) patches');
    write(
      'b/kustomization.yaml',
      'configMapGenerator:\n  - name: x\n    files:\n      - ../base/data.txt\ngeneratorOptions:\n  disableNameSuffixHash: true\n',
    );
    expect(() => renderKustomization(path.join(dir, 'b'))).toThrow('is outside the kustomization');
    write('c/kustomization.yaml', 'resources:\n  - ../base\n  - ../base/app.yaml\n');
    expect(() => renderKustomization(path.join(dir, 'c'))).toThrow('Deployment//app appears twice');
    write('d/kustomization.yaml', 'configMapGenerator:\n  - name: x\n    literals:\n      - A=1\n');
    expect(() => renderKustomization(path.join(dir, 'd'))).toThrow('disableNameSuffixHash');
  });
});
