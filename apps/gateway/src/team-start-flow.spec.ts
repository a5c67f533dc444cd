import { demoId } from '@buurtvolk/domain';
import { testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';
import { gatewayCalls } from './test/gateway-calls';

/** From a resident's request to a started team, through the gateway: follow-up, CBS key figures, scan and decision. */
let federation: TestFederation;
const { call, as } = gatewayCalls(() => federation.gateway.url);
const CHARLOIS = demoId('neighbourhood:charlois');
const admin = testIdentities.admin();
const REASON = 'In de Tarwewijk kennen buren elkaar nauwelijks; wij willen een team voor de straat.';

beforeAll(async () => {
  federation = await startTestFederation();
});
afterAll(() => federation.stop());

const CSV = (inhabitants: number) =>
  [
    'ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_5;HuishoudensMetEenLaagInkomen_87',
    `1;"Tarwewijk";"Rotterdam";"Wijk";"WK059984  ";${inhabitants};17,3`,
    '2;"Tarwewijk-Noord";"Rotterdam";"Buurt";"BU05998401";6120;.',
  ].join('\r\n');

const IMPORT = `mutation ($input: ImportCbsKeyFiguresInput!) { importCbsKeyFigures(input: $input) { source classificationYear areas figures } }`;
const SCAN_FIELDS = `id version areaCode notes decision decidedBy decidedAt partners { name kind } initiatives
  keyFigures { figure value year source } team { id name } request { status team { name } }`;

describe('a team started from a neighbourhood request', () => {
  it('walks request → scan planned → key figures and scan → START → the team, and keeps the notes from partners and volunteers', async () => {
    const received = await as(null, `mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }`, {
      input: {
        postcode: '3083 AB',
        requesterKind: 'RESIDENT',
        reason: REASON,
        contactName: 'Anouk Verbeek',
        contactEmail: 'anouk@example.org',
        consentToContact: true,
      },
    });
    expect(received.requestTeam).toEqual({ received: true });

    const { neighbourhoodRequests } = await as(admin, `{ neighbourhoodRequests(status: NEW) { id version reason neighbourhood { id } } }`);
    const request = neighbourhoodRequests.find((candidate: { reason: string }) => candidate.reason === REASON);
    expect(request.neighbourhood).toEqual({ id: CHARLOIS });
    const planned = await as(
      admin,
      `mutation ($input: FollowUpNeighbourhoodRequestInput!) { followUpNeighbourhoodRequest(input: $input) { status version } }`,
      { input: { id: request.id, version: request.version, status: 'SCAN_PLANNED', followUpNote: 'Scan in de Tarwewijk' } },
    );
    expect(planned.followUpNeighbourhoodRequest.status).toBe('SCAN_PLANNED');

    const imported = await as(admin, IMPORT, { input: { tableId: '85984NED', classificationYear: 2024, csv: CSV(11_800) } });
    expect(imported.importCbsKeyFigures).toEqual({ source: '85984NED', classificationYear: 2024, areas: 2, figures: 3 });
    // The same table again, corrected: replaced, not added to.
    const again = await as(admin, IMPORT, { input: { tableId: '85984NED', classificationYear: 2024, csv: CSV(11_795) } });
    expect(again.importCbsKeyFigures.figures).toBe(3);
    const broken = await call(admin, IMPORT, {
      input: { tableId: '85984NED', classificationYear: 2024, csv: `${CSV(1)}\n3;"x";"y";"Buurt";"BU0599";12;4` },
    });
    expect(broken.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'csv', message: expect.stringContaining('line 4') }],
    });

    const { recordNeighbourhoodScan: scan } = await as(
      admin,
      `mutation ($input: RecordNeighbourhoodScanInput!) { recordNeighbourhoodScan(input: $input) { ${SCAN_FIELDS} } }`,
      {
        input: {
          neighbourhoodId: CHARLOIS,
          areaCode: 'WK059984',
          classificationYear: 2024,
          requestId: request.id,
          partners: [
            { name: 'Havensteder', kind: 'HOUSING_CORPORATION' },
            { name: 'Wijkcentrum Tarwewijk', kind: 'COMMUNITY_CENTRE' },
          ],
          initiatives: ['Taalcafé op dinsdag'],
          notes: 'Spanning tussen straten; sleutelfiguur aan de Mijnsherenlaan.',
        },
      },
    );
    expect(scan).toMatchObject({ areaCode: 'WK059984', decision: null, team: null, request: { status: 'SCAN_PLANNED', team: null } });
    expect(scan.keyFigures).toEqual([
      { figure: 'INHABITANTS', value: 11_795, year: 2024, source: '85984NED' },
      { figure: 'LOW_INCOME_HOUSEHOLDS_SHARE', value: 17.3, year: 2024, source: '85984NED' },
    ]);

    const DECIDE = `mutation ($input: DecideNeighbourhoodScanInput!) { decideNeighbourhoodScan(input: $input) { ${SCAN_FIELDS} } }`;
    const start = {
      id: scan.id,
      version: scan.version,
      decision: 'START',
      newTeam: { name: 'Buurtvolk Tarwewijk', startsOn: '2027-03-01', commitmentEndsOn: '2032-03-01' },
    };
    const { decideNeighbourhoodScan: decided } = await as(admin, DECIDE, { input: start });
    expect(decided).toMatchObject({
      decision: 'START',
      decidedBy: admin.subject,
      team: { name: 'Buurtvolk Tarwewijk' },
      request: { status: 'BECAME_TEAM', team: { name: 'Buurtvolk Tarwewijk' } },
    });
    expect(decided.decidedAt).not.toBeNull();
    const twice = await call(admin, DECIDE, { input: { ...start, version: decided.version } });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    const teamId = decided.team.id;
    const { team } = await as(admin, `query ($id: ID!) { team(id: $id) { name status neighbourhood { id } } }`, { id: teamId });
    expect(team).toEqual({ name: 'Buurtvolk Tarwewijk', status: 'FORMING', neighbourhood: { id: CHARLOIS } });
    const { neighbourhoodRequests: after } = await as(admin, `{ neighbourhoodRequests(status: BECAME_TEAM) { id team { name } } }`);
    expect(after.find((candidate: { id: string }) => candidate.id === request.id)).toEqual({
      id: request.id,
      team: { name: 'Buurtvolk Tarwewijk' },
    });

    const NOTES = `query ($id: ID!) { neighbourhoodScan(id: $id) { notes } }`;
    const coordinator = testIdentities.coordinator(teamId);
    expect((await as(coordinator, NOTES, { id: scan.id })).neighbourhoodScan.notes).toContain('Mijnsherenlaan');
    for (const outsider of [
      testIdentities.partner(demoId('partner:havensteder')),
      testIdentities.volunteer(demoId('volunteer:charlois-03'), teamId),
      testIdentities.coordinator(demoId('team:charlois')),
      null,
    ]) {
      const refused = await call(outsider, NOTES, { id: scan.id });
      expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(JSON.stringify(refused)).not.toContain('Mijnsherenlaan');
    }
  });
});
