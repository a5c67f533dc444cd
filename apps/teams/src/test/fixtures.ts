import { testIdentities, type TestSubgraph } from '@buurtvolk/testing';

/** GraphQL calls the teams tests share, made as an admin through the real subgraph. */
export async function createNeighbourhood(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}) {
  const result = await subgraph.query(
    `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id name city version } }`,
    {
      input: {
        name: 'Feijenoord',
        city: 'Rotterdam',
        municipalityName: 'Rotterdam',
        municipalityCode: 'GM0599',
        classificationYear: 2024,
        ...overrides,
      },
    },
    testIdentities.admin(),
  );
  if (!result.data?.createNeighbourhood) throw new Error(`createNeighbourhood failed: ${JSON.stringify(result.errors)}`);
  return result.data.createNeighbourhood as { id: string; name: string; city: string; version: number };
}

export async function createTeam(subgraph: TestSubgraph, neighbourhoodId: string, overrides: Record<string, unknown> = {}) {
  const result = await subgraph.query(
    `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name status version startsOn commitmentEndsOn } }`,
    {
      input: {
        name: `Team ${Math.random().toString(36).slice(2)}`,
        neighbourhoodId,
        startsOn: '2025-01-01',
        commitmentEndsOn: '2030-01-01',
        ...overrides,
      },
    },
    testIdentities.admin(),
  );
  if (!result.data?.createTeam) throw new Error(`createTeam failed: ${JSON.stringify(result.errors)}`);
  return result.data.createTeam as { id: string; name: string; status: string; version: number };
}
