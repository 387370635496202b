import fs from 'node:fs';
import path from 'node:path';
import { accessPolicyMarkdown, DEFAULT_ACCESS_POLICY } from '@crm/platform';

describe('the README', () => {
  it('X-020 shows the role table the platform enforces by default', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const shown = /<!-- access-policy:start -->\n([\s\S]*?)\n<!-- access-policy:end -->/.exec(readme)?.[1];
    expect(shown).toBe(accessPolicyMarkdown(DEFAULT_ACCESS_POLICY));
  });
});
