/**
 * `npm run seed -- --scale national|small`: loads a realistic data set into the teams, volunteers and activities
 * databases (1,000 teams, 25,000 volunteers, 50,000 activities, 5 million hour entries at national scale; 10
 * teams at small scale), replacing whatever those tables held, demo data included. Each service's database is
 * created if missing, migrated with its own migrations and written on its own; deterministic ids make the
 * references between them meet. Rows go in with COPY, one transaction per database. Each service's outbox gets the
 * history of its rows, already published (history.ts); impact's read model is emptied, so that it replays that history
 * on its next start (reset-impact.ts).
 *
 * Where: DATABASE_URL if set; otherwise the embedded PostgreSQL of `npm start` (BUURTVOLK_DATA_DIR,
 * EMBEDDED_POSTGRES_PORT), reused if it is running, else started for the seed and stopped afterwards.
 */
import { serviceDatabaseName } from '@buurtvolk/database';
import { todayInAmsterdam } from '@buurtvolk/domain';
import type { Client } from 'pg';
import { parseArgs } from 'node:util';
import { assertFastDemoIdMatches } from './deterministic';
import { ACTIVITIES_TABLES, loadActivities } from './load-activities';
import { countRows, type Log, seconds, step, withClient } from './load-support';
import { loadTeams, TEAMS_TABLES } from './load-teams';
import { loadVolunteers, VOLUNTEERS_TABLES } from './load-volunteers';
import { type NationalPlan, planNationalData, SCALES, type ScaleName } from './national-data';
import { resetImpact } from './reset-impact';
import { openServer } from './server';
import { prepareDatabase, type ServiceName } from './services';

const USAGE = 'Usage: npm run seed -- --scale national|small';

interface ServiceLoad {
  service: ServiceName;
  tables: readonly string[];
  load: (client: Client, plan: NationalPlan, log: Log) => Promise<void>;
}

const LOADS: ServiceLoad[] = [
  { service: 'teams', tables: TEAMS_TABLES, load: loadTeams },
  { service: 'volunteers', tables: VOLUNTEERS_TABLES, load: loadVolunteers },
  { service: 'activities', tables: ACTIVITIES_TABLES, load: loadActivities },
];

const log: Log = (message) => console.log(message);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  // No default: the seed replaces data, so the caller says how much.
  if (values.scale !== 'national' && values.scale !== 'small') throw new Error(USAGE);
  const started = performance.now();
  assertFastDemoIdMatches();

  const plan = planNationalData(SCALES[values.scale as ScaleName], todayInAmsterdam());
  log(
    `Seeding the ${plan.scale.name} data set (as of ${plan.today}): ${plan.municipalities.length} municipalities, ${plan.teams.length} teams, ` +
      `${plan.members.length.toLocaleString('en-US')} volunteers, ${plan.hourEntries.toLocaleString('en-US')} hour entries`,
  );

  const server = await openServer();
  log(`Writing to ${server.description}; the seeded tables are replaced.`);
  const counts: { service: ServiceName; table: string; rows: number }[] = [];
  try {
    for (const { service, tables, load } of LOADS) {
      log(`\n${service} (database ${serviceDatabaseName(service)})`);
      const { url } = await step(
        log,
        'create and migrate',
        () => prepareDatabase(server.url, service),
        ({ applied }) => (applied.length ? `applied ${applied.join(', ')}` : 'up to date'),
      );
      await withClient(url, async (client) => {
        await load(client, plan, log);
        // Fresh statistics for the planner; VACUUM also marks the rollups all-visible (the COPYs did so with
        // FREEZE), so autovacuum does not start on them in the middle of a benchmark.
        await step(log, 'vacuum and analyze', () => client.query(`VACUUM (ANALYZE) ${tables.join(', ')}`));
        const found = await countRows(client, tables);
        for (const table of tables) counts.push({ service, table, rows: found[table] });
      });
    }
    log(
      `\nimpact (database ${serviceDatabaseName('impact')}): rebuilt from the seeded history on its next start, or by npm run impact:rebuild`,
    );
    const { url } = await step(log, 'create and migrate', () => prepareDatabase(server.url, 'impact'));
    await withClient(url, (client) => resetImpact(client, log));
  } finally {
    await server.release();
  }

  log('\nRows per table:');
  for (const { service, table, rows } of counts) log(`  ${`${service}.${table}`.padEnd(40)} ${rows.toLocaleString('en-US').padStart(12)}`);
  log(`\nDone in ${seconds(started)}.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
