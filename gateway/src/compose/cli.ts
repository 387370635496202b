import fs from 'node:fs';
import path from 'node:path';
import { SUPERGRAPH_FILE, repositoryRoot } from '../subgraphs';
import { composeSupergraph, CompositionError } from './compose';

/** Kubernetes serves the supergraph as a ConfigMap generated from this copy (kustomize reads only below its folder). */
const KUBERNETES_COPY = path.join(repositoryRoot, 'deploy', 'k8s', 'base', 'gateway', 'supergraph.graphql');

/**
 * `npm run compose`: writes gateway/supergraph.graphql and its Kubernetes copy, or prints the composition errors and
 * exits 1. `npm run compose -- --check`: writes nothing, exits 1 when a committed file is stale (CI).
 */
const check = process.argv.includes('--check');
try {
  const sdl = composeSupergraph();
  let stale = false;
  for (const file of [SUPERGRAPH_FILE, KUBERNETES_COPY]) {
    const shown = path.relative(repositoryRoot, file);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (check) {
      if (before !== sdl) {
        stale = true;
        process.stderr.write(`${shown} is stale: run npm run compose and commit it\n`);
      } else {
        process.stdout.write(`${shown} is current\n`);
      }
    } else {
      fs.writeFileSync(file, sdl);
      process.stdout.write(`${shown} ${before === sdl ? 'is up to date' : 'written'}\n`);
    }
  }
  if (stale) process.exit(1);
} catch (error: unknown) {
  process.stderr.write(error instanceof CompositionError ? `${error.message}\n` : `compose failed: ${String(error)}\n`);
  process.exit(1);
}
