import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ACTIONS } from '@crm/platform';

/** Conventions a reviewer would otherwise check by hand, over the files git tracks. */
const ROOT = path.resolve(__dirname, '..', '..');
const tracked = (): string[] => execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const text = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('repository conventions', () => {
  it('rule IDs are written in full wherever they appear (CUS-011, CUS-012: never an abbreviated list nor a range), so one grep finds rule, code and test', () => {
    const PREFIX = '(?:CUS|CRD|CMP|SUP|REC|X)';
    const abbreviated = new RegExp(`\\b${PREFIX}-\\d{3}(?:/\\d{3}|(?:…|\\.\\.\\.|–)(?:${PREFIX}-)?\\d{3})`, 'g');
    const found = tracked()
      .filter((file) => /\.(ts|graphql|md|mjs|js)$/.test(file) && !file.startsWith('tests/bench/results/'))
      .flatMap((file) => (text(file).match(abbreviated) ?? []).map((hit) => `${file}: ${hit}`));
    expect(found).toEqual([]);
  });

  it('the platform holds no role name and no approval template code: subgraphs and deploy/config own them', () => {
    const policy = JSON.parse(text('deploy/config/access-policy.json')) as Record<string, unknown>;
    // The platform's own words may coincide with a name: SYSTEM is its actor id for jobs, EXPORT an action it grants.
    const platformWords = new Set<string>(['SYSTEM', ...ACTIONS]);
    const roles = Object.keys(policy).filter((role) => !platformWords.has(role));
    const templateCodes = tracked()
      .filter((file) => /^services\/[^/]+\/src\/.*\.approvals\.ts$/.test(file))
      .flatMap((file) => [...text(file).matchAll(/code: '([A-Z_]+)'/g)].map((m) => m[1]));
    const names = new Set([...roles, ...templateCodes.filter((code) => !platformWords.has(code))]);
    const found = tracked()
      .filter((file) => file.startsWith('shared/platform/src/') && file.endsWith('.ts'))
      .flatMap((file) => [...text(file).matchAll(/'([A-Z][A-Z_]+)'/g)].filter((m) => names.has(m[1])).map((m) => `${file}: ${m[1]}`));
    expect(templateCodes.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});
