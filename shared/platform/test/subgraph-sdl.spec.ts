import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { readSubgraphSdl, subgraphSliceFiles } from '../src';

describe('a subgraph SDL from the platform fragments and the subgraph slices', () => {
  const sourceDir = (slices: Record<string, string>) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sdl-'));
    for (const [file, content] of Object.entries(slices)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    }
    return root;
  };

  it('puts the one header and the governance fragment, named after the subgraph, before the slices', () => {
    const sdl = readSubgraphSdl(sourceDir({ 'modules/intake/intake.graphql': 'extend type Query { a: Int }\n' }), 'complaint');
    expect(sdl).toContain('extend schema @link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toContain('type PageInfo @shareable');
    expect(sdl).toContain('type AuditEntry @shareable');
    expect(sdl).toContain('complaintAuditTrail(filter: AuditFilter');
    expect(sdl).toContain('decideComplaintApproval(input: DecideApprovalInput!)');
    expect(sdl).not.toContain('{{');
    expect(() => parse(sdl)).not.toThrow();
  });

  it('reads the shared slices first, then each module’s, in path order', () => {
    const root = sourceDir({
      'modules/b/b.graphql': '',
      'modules/a/a.graphql': '',
      'shared/common.graphql': '',
      'modules/a/notes.txt': '',
    });
    expect(subgraphSliceFiles(root).map((f) => path.relative(root, f))).toEqual([
      'shared/common.graphql',
      'modules/a/a.graphql',
      'modules/b/b.graphql',
    ]);
  });

  it('names a subgraph without slices instead of serving only the platform’s fields', () => {
    expect(() => readSubgraphSdl(sourceDir({}), 'nothing')).toThrow('nothing: no SDL slices');
  });
});
