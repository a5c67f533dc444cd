import { ADMINS_ONLY, type Cell, outcomes } from '../cast';
import type { Row } from '../matrix';
import type { World } from '../world';

/**
 * Neighbourhood scans and recruitment (teams subgraph): scans and CBS figures are the foundation's; the team started
 * from a scan lets its coordinators read it. Outreach and intake are for the team's coordinators and admins; the
 * funnel also for partners serving the area, with small numbers hidden.
 */

/** The team's coordinators and admins. */
const RECRUITERS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });

const SCAN_INPUT = (neighbourhoodId: string) => ({
  neighbourhoodId,
  areaCode: 'WK059901',
  classificationYear: 2024,
  partners: [{ name: 'Buurthuis', kind: 'COMMUNITY_CENTRE' }],
  initiatives: ['Koffieochtend'],
  notes: 'Interne notitie van de stichting',
});

async function freshScan(world: World, neighbourhoodId: string): Promise<{ id: string; version: number }> {
  const { recordNeighbourhoodScan } = await world.admin(
    'mutation ($input: RecordNeighbourhoodScanInput!) { recordNeighbourhoodScan(input: $input) { id version } }',
    { input: SCAN_INPUT(neighbourhoodId) },
  );
  return recordNeighbourhoodScan;
}

/** A scan decided START for a demo team, so that team's coordinators may read it. */
async function startedScan(world: World, cell: Cell): Promise<string> {
  return world.once(`started-scan:${cell.target.team}`, async () => {
    const scan = await freshScan(world, cell.target.neighbourhood);
    await world.admin('mutation ($input: DecideNeighbourhoodScanInput!) { decideNeighbourhoodScan(input: $input) { id } }', {
      input: { id: scan.id, version: scan.version, decision: 'START', teamId: cell.target.team },
    });
    return scan.id;
  });
}

async function freshCandidate(world: World, teamId: string, talked = false): Promise<{ id: string; version: number }> {
  const { addRecruitmentCandidate } = await world.admin(
    'mutation ($input: AddRecruitmentCandidateInput!) { addRecruitmentCandidate(input: $input) { id version } }',
    { input: { teamId, firstName: 'Matrix' } },
  );
  if (!talked) return addRecruitmentCandidate;
  const { recordIntakeStep } = await world.admin(
    'mutation ($input: RecordIntakeStepInput!) { recordIntakeStep(input: $input) { id version } }',
    { input: { ...addRecruitmentCandidate, firstConversationOn: '2025-02-03' } },
  );
  return recordIntakeStep;
}

const OUTREACH = { kind: 'DOOR_TO_DOOR', heldOn: '2025-02-01', place: 'Matrixstraat', spokenTo: 20, interested: 4 };

export const scanRecruitmentRows: Row<any>[] = [
  {
    operation: 'Query.cbsKeyFigures',
    document: '{ cbsKeyFigures(areaCode: "WK059915", classificationYear: 2023) { value } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.importCbsKeyFigures',
    document: 'mutation ($input: ImportCbsKeyFiguresInput!) { importCbsKeyFigures(input: $input) { figures } }',
    variables: () => ({ input: { tableId: '85984NED', classificationYear: 2024, csv: 'Codering;AantalInwoners\nWK059901;1234\n' } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.neighbourhoodScans',
    document: '{ neighbourhoodScans { id notes } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.neighbourhoodScan',
    document: 'query ($id: ID!) { neighbourhoodScan(id: $id) { id notes } }',
    arrange: async (cell, world) => ({ variables: { id: await startedScan(world, cell) } }),
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.recordNeighbourhoodScan',
    document: 'mutation ($input: RecordNeighbourhoodScanInput!) { recordNeighbourhoodScan(input: $input) { id } }',
    variables: (cell) => ({ input: SCAN_INPUT(cell.target.neighbourhood) }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.updateNeighbourhoodScan',
    document: 'mutation ($input: UpdateNeighbourhoodScanInput!) { updateNeighbourhoodScan(input: $input) { id } }',
    arrange: async (cell, world) => {
      const scan = await freshScan(world, cell.target.neighbourhood);
      return { variables: { input: { ...scan, content: { partners: [], initiatives: [], notes: 'Bijgewerkt' } } } };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.decideNeighbourhoodScan',
    document: 'mutation ($input: DecideNeighbourhoodScanInput!) { decideNeighbourhoodScan(input: $input) { id } }',
    arrange: async (cell, world) => {
      const scan = await freshScan(world, cell.target.neighbourhood);
      return { variables: { input: { ...scan, decision: 'DO_NOT_START', reason: 'Er werkt al een buurtteam' } } };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.recordOutreachMoment',
    document: 'mutation ($input: RecordOutreachMomentInput!) { recordOutreachMoment(input: $input) { id } }',
    variables: (cell) => ({ input: { teamId: cell.target.team, ...OUTREACH } }),
    expect: RECRUITERS,
  },
  {
    operation: 'Mutation.updateOutreachMoment',
    document: 'mutation ($input: UpdateOutreachMomentInput!) { updateOutreachMoment(input: $input) { id } }',
    arrange: async (cell, world) => {
      const { recordOutreachMoment } = await world.admin(
        'mutation ($input: RecordOutreachMomentInput!) { recordOutreachMoment(input: $input) { id version } }',
        { input: { teamId: cell.target.team, ...OUTREACH } },
      );
      return { variables: { input: { ...recordOutreachMoment, content: { ...OUTREACH, interested: 5 } } } };
    },
    expect: RECRUITERS,
  },
  {
    operation: 'Mutation.addRecruitmentCandidate',
    document: 'mutation ($input: AddRecruitmentCandidateInput!) { addRecruitmentCandidate(input: $input) { id } }',
    variables: (cell) => ({ input: { teamId: cell.target.team, firstName: 'Matrix' } }),
    expect: RECRUITERS,
  },
  {
    operation: 'Mutation.recordIntakeStep',
    document: 'mutation ($input: RecordIntakeStepInput!) { recordIntakeStep(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await freshCandidate(world, cell.target.team)), firstConversationOn: '2025-02-03' } },
    }),
    expect: RECRUITERS,
  },
  {
    operation: 'Mutation.closeIntake',
    document: 'mutation ($input: CloseIntakeInput!) { closeIntake(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await freshCandidate(world, cell.target.team, true)), outcome: 'NOT_JOINED', notJoinedReason: 'NO_TIME' } },
    }),
    expect: RECRUITERS,
  },
  {
    operation: 'Team.outreachMoments',
    document: 'query ($id: ID!) { team(id: $id) { id outreachMoments { id } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.outreachMoments,
    expect: { ...RECRUITERS, partnerOnOtherArea: null },
  },
  {
    operation: 'Team.recruitmentCandidates',
    document: 'query ($id: ID!) { team(id: $id) { id recruitmentCandidates { id firstName } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.recruitmentCandidates,
    expect: { ...RECRUITERS, partnerOnOtherArea: null },
  },
  {
    operation: 'Team.recruitmentFunnel',
    document: 'query ($id: ID!) { team(id: $id) { id recruitmentFunnel { intake } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.recruitmentFunnel,
    expect: { ...RECRUITERS, partnerOnOwnArea: 'allowed', partnerOnOtherArea: null },
  },
  {
    operation: 'Neighbourhood.recruitmentFunnel',
    document: 'query ($id: ID!) { neighbourhood(id: $id) { id recruitmentFunnel { intake } } }',
    variables: (cell) => ({ id: cell.target.neighbourhood }),
    answer: (data) => data?.neighbourhood?.recruitmentFunnel,
    expect: outcomes({ admin: 'allowed', partnerOnOwnArea: 'allowed', partnerOnOtherArea: null }),
  },
];
