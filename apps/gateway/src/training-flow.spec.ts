import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';

/** Training through the gateway: a volunteer enrols with their own token, waits, and moves up; coverage shows gaps. */
let federation: TestFederation;
const TEAM = demoId('team:bouwlust');
const person = (index: number) => testIdentities.volunteer(demoId(`volunteer:bouwlust-${String(index).padStart(2, '0')}`), TEAM);
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:bouwlust-01'));

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, training: true });
});
afterAll(() => federation.stop());

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('training through the gateway', () => {
  it('puts a volunteer on the waiting list of a full run and moves them up when someone cancels', async () => {
    const runId = demoId('run:first-aid:next');
    const ENROL = `mutation ($runId: ID!) { enrol(runId: $runId) { id status waitingPosition run { course { title } } } }`;
    const first = (await as(person(2), ENROL, { runId })).enrol;
    await as(person(3), ENROL, { runId });
    const third = (await as(person(4), ENROL, { runId })).enrol;
    expect(third).toMatchObject({ status: 'WAITING', waitingPosition: 1, run: { course: { title: 'Eerste hulp (EHBO)' } } });

    await as(person(2), `mutation ($id: ID!) { cancelEnrolment(id: $id) { status } }`, { id: first.id });
    const mine = await as(person(4), `query ($id: ID!) { volunteer(id: $id) { displayName enrolments { status run { id } } } }`, {
      id: person(4).volunteerId,
    });
    expect(mine.volunteer.enrolments).toContainEqual({ status: 'ENROLLED', run: { id: runId } });
  });

  it("shows a coordinator the team's training gaps by name", async () => {
    const { team } = await as(
      coordinator,
      `query ($id: ID!) { team(id: $id) { name trainingCoverage { course { title } required covered missing { displayName } } } }`,
      { id: TEAM },
    );
    const introduction = team.trainingCoverage.find((row: { course: { title: string } }) => row.course.title === 'Introductie Buurtvolk');
    expect(introduction.required).toBe(20);
    expect(introduction.covered).toBeLessThan(20);
    expect(introduction.missing.length).toBe(introduction.required - introduction.covered);
    expect(introduction.missing[0].displayName).toEqual(expect.any(String));
  });
});
