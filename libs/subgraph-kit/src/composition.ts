import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** Composes subgraph SDLs into a supergraph, or throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSource[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors?.length || !result.supergraphSdl) {
    const messages = (result.errors ?? []).map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Composition failed:\n${messages}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
