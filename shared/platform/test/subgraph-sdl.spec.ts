import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSubgraphSdl } from '../src';

describe('shared SDL fragments', () => {
  const file = (content: string) => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sdl-')), 'schema.graphql');
    fs.writeFileSync(target, content);
    return target;
  };

  it('expands `# include: governance` to the one shared copy of the audit and approval types', () => {
    const sdl = readSubgraphSdl(file('type Query { a: Int }\n# include: governance\n'));
    expect(sdl).toContain('type Query { a: Int }');
    expect(sdl).toContain('type AuditEntry @shareable');
    expect(sdl).toContain('enum ApprovalDecision { APPROVE REJECT RETURN WITHDRAW SUBMIT }');
    expect(sdl).not.toMatch(/^# include:/m);
  });

  it('names an unknown fragment instead of composing without it', () => {
    expect(() => readSubgraphSdl(file('# include: nothing-here\n'))).toThrow('no shared SDL fragment "nothing-here"');
  });
});
