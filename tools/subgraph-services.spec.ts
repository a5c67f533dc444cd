import { SUBGRAPH_SERVICES } from './subgraph-services';
import { SUBGRAPHS } from './subgraphs';

describe('the list of subgraph services', () => {
  it('names every subgraph, in start order, with the port and entry point of its definition', () => {
    expect(SUBGRAPH_SERVICES).toEqual(
      SUBGRAPHS.map(({ definition, main }) => ({ name: definition.name, port: definition.defaultPort, main })),
    );
  });
});
