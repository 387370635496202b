import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository's deploy/config folder: the default role table and the demo organisation are data there, not code,
 * the same from src and from dist (both four folders below the repository root).
 */
export const DEPLOY_CONFIG_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'deploy', 'config');

/** A JSON data file of deploy/config, parsed. */
export function readDeployConfig(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DEPLOY_CONFIG_DIR, name), 'utf8'));
}
