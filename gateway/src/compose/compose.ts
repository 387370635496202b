import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readSubgraphSdl } from '@crm/platform';
import { defaultUrlOf, sourceDirOf, SUBGRAPHS } from '../subgraphs';

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`subgraphs do not compose:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * Composes the five subgraph SDLs into a Federation 2 supergraph (the standard supergraph SDL that Apollo Gateway and
 * Apollo Router both load). Subgraph URLs in it are the local defaults; deployments override them per subgraph.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((info) => ({
      name: info.name,
      url: defaultUrlOf(info),
      typeDefs: parse(readSubgraphSdl(sourceDirOf(info.name), info.name)),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return `${result.supergraphSdl.trimEnd()}\n`;
}
