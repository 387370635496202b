import fs from 'node:fs';
import path from 'node:path';
import { SUPERGRAPH_FILE, repositoryRoot } from '../subgraphs';
import { composeSupergraph, CompositionError } from './compose';

/**
 * `npm run compose`: writes gateway/supergraph.graphql, or prints the composition errors and exits 1.
 * `npm run compose -- --check`: writes nothing, exits 1 when the committed file is stale (CI).
 */
const check = process.argv.includes('--check');
const shown = path.relative(repositoryRoot, SUPERGRAPH_FILE);
try {
  const sdl = composeSupergraph();
  const before = fs.existsSync(SUPERGRAPH_FILE) ? fs.readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (check) {
    if (before !== sdl) {
      process.stderr.write(`${shown} is stale: run npm run compose and commit it\n`);
      process.exit(1);
    }
    process.stdout.write(`${shown} is current\n`);
  } else {
    fs.writeFileSync(SUPERGRAPH_FILE, sdl);
    process.stdout.write(`${shown} ${before === sdl ? 'is up to date' : 'written'}\n`);
  }
} catch (error: unknown) {
  process.stderr.write(error instanceof CompositionError ? `${error.message}\n` : `compose failed: ${String(error)}\n`);
  process.exit(1);
}
