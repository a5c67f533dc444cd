import { testIdentities, type TestSubgraph } from '@buurtvolk/testing';

const ELIGIBILITY = `query ($reps: [_Any!]!, $teamId: ID!) { _entities(representations: $reps) { ... on Volunteer { allowanceEligibility(teamId: $teamId) { grant } } } }`;

/**
 * An arrangement's input as a client makes it: the birth date goes to allowanceEligibility the way the gateway brings
 * it from the volunteers service (@requires), and the input carries the grant instead.
 */
export async function withEligibility<T extends { volunteerId: string; teamId: string; dateOfBirth: string }>(
  subgraph: TestSubgraph,
  { dateOfBirth, ...input }: T,
): Promise<Omit<T, 'dateOfBirth'> & { eligibility: string }> {
  const result = await subgraph.query(
    ELIGIBILITY,
    { reps: [{ __typename: 'Volunteer', id: input.volunteerId, dateOfBirth }], teamId: input.teamId },
    testIdentities.admin(),
  );
  const grant = result.data?._entities?.[0]?.allowanceEligibility?.grant;
  if (!grant) throw new Error(`No eligibility grant: ${JSON.stringify(result.errors)}`);
  return { ...input, eligibility: grant };
}
