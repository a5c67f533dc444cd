/**
 * `node tools/run-ts.js tools/impact/check-national.ts [--impact URL] [--year YYYY] [--sample N]`: checks the national
 * impact overview against the detail, on whatever data set the running impact service holds. Each sampled
 * neighbourhood's line must equal what its own report says (gross, baseline and net hours, active volunteers, residents
 * reached, certificates, promise status), its first year's hours must equal the approved minutes summed from the hour
 * entries themselves, and the total's hours the sum of the lines. Exit code 1 on any difference.
 */
import { todayInAmsterdam } from '@buurtvolk/domain';
import { IDENTITY_HEADER, Role, signGatewayIdentity } from '@buurtvolk/identity';
import { parseArgs } from 'node:util';

const ADMIN = { subject: 'national-check', role: Role.ADMIN, teamIds: [] };
const LINE = 'neighbourhood { id } hours baselineHours netHours activeVolunteers residentsReached certificates promiseStatus';
const OWN = `extraHours { grossHours baselineHours netHours } volunteers { active } activities { residentsReached } training { certificates } firstYearPromise { hours status }`;

async function ask(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signGatewayIdentity(ADMIN, 'impact') },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      impact: { type: 'string', default: 'http://localhost:4006/graphql' },
      year: { type: 'string' },
      sample: { type: 'string', default: '40' },
    },
  });
  const url = values.impact!;
  const year = values.year ? Number(values.year) : Number(todayInAmsterdam().slice(0, 4)) - 1;
  const started = performance.now();
  const { nationalImpact } = await ask(
    url,
    `query ($year: Int!) { nationalImpact(year: $year) { total { totalHours } neighbourhoods { ${LINE} } } }`,
    { year },
  );
  console.log(`nationalImpact(${year}): ${nationalImpact.neighbourhoods.length} lines in ${Math.round(performance.now() - started)} ms`);
  const lines: any[] = nationalImpact.neighbourhoods;
  const sum = lines.reduce((total, line) => total + line.hours, 0);
  const differences: string[] = [];
  if (Math.abs(sum - nationalImpact.total.totalHours) > lines.length * 0.05)
    differences.push(`total ${nationalImpact.total.totalHours} h against ${sum} h in the lines`);
  const step = Math.max(1, Math.floor(lines.length / Number(values.sample)));
  let checked = 0;
  for (let i = 0; i < lines.length; i += step) {
    const line = lines[i];
    const query = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { impact(year: $year) { ${OWN} } } } }`;
    const own = (await ask(url, query, { id: line.neighbourhood.id, year }))._entities[0].impact;
    const expected = {
      neighbourhood: line.neighbourhood,
      hours: own.extraHours.grossHours,
      baselineHours: own.extraHours.baselineHours,
      netHours: own.extraHours.netHours,
      activeVolunteers: own.volunteers.active,
      residentsReached: own.activities.residentsReached,
      certificates: own.training.certificates,
      promiseStatus: own.firstYearPromise[0].status,
    };
    if (JSON.stringify(expected) !== JSON.stringify(line))
      differences.push(`${line.neighbourhood.id}: overview ${JSON.stringify(line)} against its report ${JSON.stringify(expected)}`);
    checked += 1;
  }
  console.log(`${checked} lines compared with their neighbourhoods' own reports; total ${nationalImpact.total.totalHours} h`);
  if (differences.length) {
    console.error(differences.join('\n'));
    process.exitCode = 1;
  } else console.log('No differences.');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
