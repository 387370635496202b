import fs from 'node:fs';
import path from 'node:path';

/** Shared SDL fragments live beside this file's source (src/sdl), whether it runs from src or dist. */
const FRAGMENTS = path.join(__dirname, '..', '..', 'src', 'sdl');

/** Where a subgraph's own SDL slices live, below its source folder, in the order they are read. */
const SLICE_FOLDERS = ['shared', 'modules'];

function fragment(name: string, service: string): string {
  const Service = service.charAt(0).toUpperCase() + service.slice(1);
  return fs
    .readFileSync(path.join(FRAGMENTS, `${name}.graphql`), 'utf8')
    .replace(/\{\{service\}\}/g, service)
    .replace(/\{\{Service\}\}/g, Service);
}

/** Every `.graphql` file below `folder`, sorted by path so the SDL is the same on every machine. */
function slicesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.join(folder, file))
    .sort();
}

/** The files a subgraph's SDL is made of, besides the platform's fragments: its shared slices, then its modules'. */
export function subgraphSliceFiles(sourceDir: string): string[] {
  return SLICE_FOLDERS.flatMap((folder) => slicesBelow(path.join(sourceDir, folder)));
}

/**
 * A subgraph's whole SDL: the platform's header (Federation link, access directives, scalars, PageInfo, UserError,
 * SortDirection), the governance fragment (audit trail and approvals types and the subgraph's own root fields for
 * them, named after `service`), then the subgraph's slices (`src/shared/*.graphql`, `src/modules/<area>/*.graphql`),
 * which extend Query and Mutation. One copy of each shared piece feeds the subgraphs, codegen and composition.
 */
export function readSubgraphSdl(sourceDir: string, service: string): string {
  const slices = subgraphSliceFiles(sourceDir);
  if (slices.length === 0)
    throw new Error(`${service}: no SDL slices under ${SLICE_FOLDERS.map((f) => path.join(sourceDir, f)).join(' or ')}`);
  return [fragment('header', service), fragment('governance', service), ...slices.map((file) => fs.readFileSync(file, 'utf8'))].join('\n');
}
