import fs from 'node:fs';
import { ConfigError } from '../config/config-error';
import { AccessPolicy, parseAccessPolicy } from './access-policy';
import { DEFAULT_ACCESS_POLICY } from './default-access-policy';

/** The access policy of a deployment: a JSON file (ACCESS_POLICY_FILE) or the default table. */
export function loadAccessPolicy(service: string, file: string | undefined): AccessPolicy {
  if (!file) return DEFAULT_ACCESS_POLICY;
  try {
    return parseAccessPolicy(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error: unknown) {
    throw new ConfigError(service, 'ACCESS_POLICY_FILE', `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
