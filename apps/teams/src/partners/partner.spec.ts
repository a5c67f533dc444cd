import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { teamsSubgraph } from '../subgraph';
import { createNeighbourhood, createTeam } from '../test/fixtures';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
});
afterAll(() => subgraph.destroy());

const CREATE = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id name kind version neighbourhoods { name } } }`;
const UPDATE = `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id version neighbourhoods { name } } }`;

describe('partners', () => {
  it('serve neighbourhoods, and show up on the teams working there', async () => {
    const feijenoord = await createNeighbourhood(subgraph, { name: 'Feijenoord' });
    const delfshaven = await createNeighbourhood(subgraph, { name: 'Delfshaven' });
    const team = await createTeam(subgraph, delfshaven.id);
    const created = await subgraph.query(
      CREATE,
      { input: { name: 'Woonstad Rotterdam', kind: 'HOUSING_CORPORATION', neighbourhoodIds: [feijenoord.id] } },
      admin,
    );
    expect(created.data.createPartner).toMatchObject({
      name: 'Woonstad Rotterdam',
      kind: 'HOUSING_CORPORATION',
      version: 1,
      neighbourhoods: [{ name: 'Feijenoord' }],
    });

    const teamPartners = `query ($id: ID!) { team(id: $id) { partners { name } neighbourhood { partners { name } } } }`;
    expect((await subgraph.query(teamPartners, { id: team.id }, admin)).data.team.partners).toEqual([]);

    const updated = await subgraph.query(
      UPDATE,
      { input: { id: created.data.createPartner.id, version: 1, neighbourhoodIds: [feijenoord.id, delfshaven.id] } },
      admin,
    );
    expect(updated.data.updatePartner.version).toBe(2);
    expect(updated.data.updatePartner.neighbourhoods.map((n: { name: string }) => n.name).sort()).toEqual(['Delfshaven', 'Feijenoord']);
    expect((await subgraph.query(teamPartners, { id: team.id }, admin)).data.team).toEqual({
      partners: [{ name: 'Woonstad Rotterdam' }],
      neighbourhood: { partners: [{ name: 'Woonstad Rotterdam' }] },
    });
  });

  it('number their area changes per partner, so every service keeps the latest whatever order they are handled in', async () => {
    const [north, south] = [await createNeighbourhood(subgraph, { name: 'Noord' }), await createNeighbourhood(subgraph, { name: 'Zuid' })];
    const created = await subgraph.query(
      CREATE,
      { input: { name: 'Havensteder', kind: 'HOUSING_CORPORATION', neighbourhoodIds: [north.id] } },
      admin,
    );
    const id = created.data.createPartner.id;
    await subgraph.query(UPDATE, { input: { id, version: 1, neighbourhoodIds: [south.id] } }, admin);
    await subgraph.query(UPDATE, { input: { id, version: 2, neighbourhoodIds: [north.id, south.id] } }, admin);
    const events: { payload: { version: number; neighbourhoodIds: string[] } }[] = await subgraph.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'PartnerAreasChanged' AND payload ->> 'partnerId' = $1 ORDER BY (payload ->> 'version')::int`,
      [id],
    );
    expect(events.map(({ payload }) => payload.version)).toEqual([1, 2, 3]);
    expect(events[2].payload.neighbourhoodIds.sort()).toEqual([north.id, south.id].sort());
  });

  it('filters by kind', async () => {
    await subgraph.query(CREATE, { input: { name: 'Gemeente Leiden', kind: 'MUNICIPALITY', neighbourhoodIds: [] } }, admin);
    const result = await subgraph.query(`{ partners(kind: MUNICIPALITY) { name kind } }`, {}, admin);
    expect(result.data.partners).toEqual([{ name: 'Gemeente Leiden', kind: 'MUNICIPALITY' }]);
  });

  it('refuses an unknown neighbourhood without creating the partner', async () => {
    const result = await subgraph.query(
      CREATE,
      { input: { name: 'Ghost Corp', kind: 'BUSINESS', neighbourhoodIds: [randomUUID()] } },
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ count }] = await subgraph.dataSource.query(`SELECT count(*)::int AS count FROM partners WHERE name = 'Ghost Corp'`);
    expect(count).toBe(0);
  });

  it('refuses an unknown kind and a duplicate name', async () => {
    const kind = await subgraph.query(CREATE, { input: { name: 'X', kind: 'GOVERNMENT', neighbourhoodIds: [] } }, admin);
    expect(kind.status).toBe(400);
    expect(kind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await subgraph.query(CREATE, { input: { name: 'Havensteder', kind: 'HOUSING_CORPORATION', neighbourhoodIds: [] } }, admin);
    const duplicate = await subgraph.query(
      CREATE,
      { input: { name: 'havensteder', kind: 'HOUSING_CORPORATION', neighbourhoodIds: [] } },
      admin,
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('neighbourhoods', () => {
  const CREATE_NEIGHBOURHOOD = `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id cbsCode classificationYear } }`;
  const base = {
    name: 'Bouwlust',
    city: 'Den Haag',
    municipalityName: "'s-Gravenhage",
    municipalityCode: 'GM0518',
    classificationYear: 2024,
  };

  it('validates CBS codes: format, and a wijk inside its municipality', async () => {
    const badMunicipality = await subgraph.query(CREATE_NEIGHBOURHOOD, { input: { ...base, municipalityCode: 'GM518' } }, admin);
    expect(badMunicipality.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'municipalityCode' }] });
    const elsewhere = await subgraph.query(CREATE_NEIGHBOURHOOD, { input: { ...base, cbsCode: 'WK059901' } }, admin);
    expect(elsewhere.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'cbsCode', message: 'must start with WK0518' }],
    });
    const ok = await subgraph.query(CREATE_NEIGHBOURHOOD, { input: { ...base, cbsCode: 'WK051842' } }, admin);
    expect(ok.data.createNeighbourhood).toMatchObject({ cbsCode: 'WK051842', classificationYear: 2024 });
  });

  it('lists neighbourhoods of a city', async () => {
    const result = await subgraph.query(`{ neighbourhoods(city: "den haag") { name municipalityCode } }`, {}, admin);
    expect(result.data.neighbourhoods).toEqual([{ name: 'Bouwlust', municipalityCode: 'GM0518' }]);
  });
});
