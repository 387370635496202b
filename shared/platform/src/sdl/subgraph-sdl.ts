import fs from 'node:fs';
import path from 'node:path';

/** Shared SDL fragments live beside this file's source (src/sdl), whether it runs from src or dist. */
const FRAGMENTS = path.join(__dirname, '..', '..', 'src', 'sdl');
const INCLUDE = /^# include: ([a-z-]+)$/gm;

/**
 * A subgraph's SDL with the platform's shared fragments expanded: a line `# include: governance` becomes the
 * content of shared/platform/src/sdl/governance.graphql. One copy of the shared types feeds the subgraphs, codegen
 * and composition, so the copies cannot drift apart.
 */
export function readSubgraphSdl(schemaFile: string): string {
  return fs.readFileSync(schemaFile, 'utf8').replace(INCLUDE, (_line, name: string) => {
    const fragment = path.join(FRAGMENTS, `${name}.graphql`);
    if (!fs.existsSync(fragment)) throw new Error(`${schemaFile}: no shared SDL fragment "${name}" (${fragment})`);
    return fs.readFileSync(fragment, 'utf8');
  });
}
