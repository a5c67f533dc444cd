import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * One team's whole path in the demo data, as the national office reads it through the gateway: Katendrecht's request
 * from a resident, the scan with CBS key figures and the decision to start, recruitment from outreach to membership,
 * its phases with their checklists, its yearly reviews beside the hours that happened, and its members by name.
 */
let federation: TestFederation;
const TEAM = demoId('team:katendrecht');
const NEIGHBOURHOOD = demoId('neighbourhood:katendrecht');
const year = Number(todayInAmsterdam().slice(0, 4));

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true });
});
afterAll(() => federation.stop());

const PATH = `query ($team: ID!, $neighbourhood: ID!, $year: Int!, $lastYear: Int!) {
  neighbourhoodScans(neighbourhoodId: $neighbourhood) {
    decision decidedAt partners { name kind } initiatives keyFigures { figure value year source }
    request { status createdAt closedAt requesterKind team { name } }
  }
  team(id: $team) {
    name startsOn
    outreachMoments { kind heldOn spokenTo interested }
    recruitmentFunnel { spokenTo interested intake joined }
    phaseHistory { phase enteredOn }
    phase { phase enteredOn }
    checklist { phase done }
    lastYear: yearlyReview(year: $lastYear) { goals { theme targetHours } wentWell wentLessWell }
    thisYear: yearlyReview(year: $year) { goals { theme targetHours } wentWell }
    hoursLastYear: hours(year: $lastYear) { approvedHours byTheme { theme approvedHours } }
    memberships { volunteer { displayName } }
  }
}`;

describe('Katendrecht’s path in the demo data', () => {
  it('runs from a resident’s request through scan, recruitment and start to a self-reliant team with its reviews', async () => {
    const result = await postGraphQL(
      federation.gateway.url,
      { query: PATH, variables: { team: TEAM, neighbourhood: NEIGHBOURHOOD, year, lastYear: year - 1 } },
      await bearerHeaders(testIdentities.admin()),
    );
    expect(result.errors).toBeUndefined();
    const [scan] = result.data.neighbourhoodScans;
    const team = result.data.team;
    // Printed for the people who check the demo: the path in figures.
    console.info(JSON.stringify({ scan, team: { ...team, memberships: team.memberships.length } }, null, 1));

    expect(scan.request).toMatchObject({ status: 'BECAME_TEAM', requesterKind: 'RESIDENT', team: { name: 'Buurtvolk Katendrecht' } });
    expect(scan.request.createdAt < scan.decidedAt).toBe(true);
    expect(scan.decision).toBe('START');
    expect(scan.keyFigures.map((figure: { figure: string }) => figure.figure).sort()).toEqual([
      'INHABITANTS',
      'LOW_INCOME_HOUSEHOLDS_SHARE',
    ]);

    expect(team.outreachMoments).toHaveLength(3);
    const spokenTo = team.outreachMoments.reduce((sum: number, moment: { spokenTo: number }) => sum + moment.spokenTo, 0);
    expect(team.recruitmentFunnel).toMatchObject({ spokenTo, joined: 16 });
    expect(team.recruitmentFunnel.intake).toBeGreaterThanOrEqual(team.recruitmentFunnel.joined);
    expect(team.memberships.length).toBeGreaterThanOrEqual(15);
    expect(team.memberships.every((membership: { volunteer: { displayName: string } | null }) => membership.volunteer?.displayName)).toBe(
      true,
    );

    // Exploration half a year before the start (after the request), start on the first day, then building up and self-reliant.
    expect(team.phaseHistory.map((change: { phase: string }) => change.phase)).toEqual([
      'EXPLORATION',
      'START',
      'BUILDING_UP',
      'SELF_RELIANT',
    ]);
    expect(team.phaseHistory[1].enteredOn).toBe(team.startsOn);
    expect(scan.decidedAt.slice(0, 10) < team.startsOn).toBe(true);
    expect(team.checklist.filter((item: { phase: string; done: boolean }) => item.phase !== 'SELF_RELIANT' && !item.done)).toEqual([]);

    expect(team.lastYear.wentWell).toContain('koffieochtend');
    expect(team.lastYear.goals.map((goal: { theme: string }) => goal.theme)).toEqual(['INFORMAL_CARE', 'NEIGHBOURHOOD']);
    expect(team.thisYear).toMatchObject({ wentWell: null });
    expect(team.hoursLastYear.approvedHours).toBeGreaterThan(0);
  });
});
