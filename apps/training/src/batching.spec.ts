import { DEMO_PLACES, demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { trainingSubgraph } from './subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const partnerRotterdam = testIdentities.partner(demoId('partner:gemeente-rotterdam'));
/** The demo neighbourhoods and teams first (they have members and certificates), then empty ones up to 100. */
const idsOf = (kind: string) => [
  ...DEMO_PLACES.map((place) => demoId(`${kind}:${place.key}`)),
  ...Array.from({ length: 100 - DEMO_PLACES.length }, (_, i) => demoId(`${kind}:batch-${i}`)),
];
const neighbourhoodIds = idsOf('neighbourhood');
const teamIds = idsOf('team');

beforeAll(async () => {
  subgraph = await startTestSubgraph(trainingSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

async function statementsFor(typename: 'Neighbourhood' | 'Team', selection: string, ids: string[], as = admin): Promise<number> {
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
  const before = subgraph.statements.count;
  const result = await subgraph.query(query, { representations: ids.map((id) => ({ __typename: typename, id })) }, as);
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toHaveLength(ids.length);
  return subgraph.statements.count - before;
}

describe('batching (no N+1)', () => {
  const FIGURES = 'trainingFigures { trainingsGiven certificatesIssued peopleCertified }';

  it('resolves the training figures of 100 neighbourhoods with as many statements as 1', async () => {
    expect(await statementsFor('Neighbourhood', FIGURES, neighbourhoodIds)).toBe(
      await statementsFor('Neighbourhood', FIGURES, neighbourhoodIds.slice(0, 1)),
    );
  });

  it('does so for a partner too, over the neighbourhoods it serves', async () => {
    const served = ['feijenoord', 'afrikaanderwijk', 'delfshaven', 'katendrecht', 'charlois'].map((key) => demoId(`neighbourhood:${key}`));
    expect(await statementsFor('Neighbourhood', FIGURES, served, partnerRotterdam)).toBe(
      await statementsFor('Neighbourhood', FIGURES, served.slice(0, 1), partnerRotterdam),
    );
  });

  it('gives each neighbourhood its own figures, the same whether asked alone or in a batch', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Neighbourhood { ${FIGURES} } } }`;
    const ask = async (ids: string[]) =>
      (await subgraph.query(query, { representations: ids.map((id) => ({ __typename: 'Neighbourhood', id })) }, admin)).data._entities;
    const together = await ask(neighbourhoodIds.slice(0, DEMO_PLACES.length + 1));
    const alone = [];
    for (const id of neighbourhoodIds.slice(0, DEMO_PLACES.length + 1)) alone.push((await ask([id]))[0]);
    expect(together).toEqual(alone);
    expect(
      together.some((entity: { trainingFigures: { certificatesIssued: number } }) => entity.trainingFigures.certificatesIssued > 0),
    ).toBe(true);
    expect(together[DEMO_PLACES.length]).toEqual({ trainingFigures: { trainingsGiven: 0, certificatesIssued: 0, peopleCertified: 0 } });
    // The per-neighbourhood statement this replaced, as the reference.
    for (const [i, id] of neighbourhoodIds.slice(0, DEMO_PLACES.length + 1).entries()) {
      const [reference] = await subgraph.dataSource.query(
        `SELECT (SELECT count(DISTINCT s.run_id) FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN enrolments e ON e.id = a.enrolment_id
                  JOIN directory_memberships m ON m.volunteer_id = e.volunteer_id WHERE a.present AND m.neighbourhood_id = $1)::int AS "trainingsGiven",
                (SELECT count(*) FROM certificates WHERE neighbourhood_id = $1)::int AS "certificatesIssued",
                (SELECT count(DISTINCT volunteer_id) FROM certificates WHERE neighbourhood_id = $1)::int AS "peopleCertified"`,
        [id],
      );
      expect(together[i].trainingFigures).toEqual(reference);
    }
  });

  it('hides small cells from partners and refuses neighbourhoods they do not serve, within one batch', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Neighbourhood { ${FIGURES} } } }`;
    const representations = ['te-werve', 'crabbehof'].map((key) => ({ __typename: 'Neighbourhood', id: demoId(`neighbourhood:${key}`) }));
    const result = await subgraph.query(query, { representations }, testIdentities.partner(demoId('partner:gemeente-rijswijk')));
    expect(result.data._entities[0].trainingFigures).toEqual({
      trainingsGiven: expect.any(Number),
      certificatesIssued: expect.any(Number),
      peopleCertified: null,
    });
    expect(result.data._entities[1]).toEqual({ trainingFigures: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('resolves the training coverage of 100 teams with as many statements as 1', async () => {
    const COVERAGE = 'trainingCoverage { course { id title } required covered missing { id } }';
    expect(await statementsFor('Team', COVERAGE, teamIds)).toBe(await statementsFor('Team', COVERAGE, teamIds.slice(0, 1)));
  });
});
