import path from 'node:path';

/** The five subgraphs: name, default port and where their SDL lives in this repository. */
export interface SubgraphInfo {
  name: string;
  defaultPort: number;
}

export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'customer', defaultPort: 4001 },
  { name: 'credit', defaultPort: 4002 },
  { name: 'complaint', defaultPort: 4003 },
  { name: 'supplier', defaultPort: 4004 },
  { name: 'reception', defaultPort: 4005 },
];

export const repositoryRoot = path.resolve(__dirname, '..', '..');

/** A subgraph's source folder, whose SDL slices readSubgraphSdl assembles. */
export const sourceDirOf = (name: string): string => path.join(repositoryRoot, 'services', name, 'src');

export const defaultUrlOf = (info: SubgraphInfo): string => `http://localhost:${info.defaultPort}/graphql`;

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_FILE = path.join(repositoryRoot, 'gateway', 'supergraph.graphql');
