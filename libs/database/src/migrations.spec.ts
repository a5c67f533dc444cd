import { TEST_RUN_ENV, TEST_SERVER_ENV } from '@buurtvolk/testing';
import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, type DatabaseDefinition, runMigrations } from './data-source';
import { withMaintenanceClient } from './admin';
import { withDatabase } from './database-urls';

/** A migration that is not idempotent and takes a moment, as real ones do: run twice at once, the second would fail. */
class CreateLedger1700000000000 implements MigrationInterface {
  name = 'CreateLedger1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT pg_sleep(0.3)');
    await runner.query('CREATE TABLE ledger (id int PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ledger');
  }
}

describe('migrations', () => {
  it('run once when two replicas start together: the second waits, then finds nothing to do', async () => {
    const serverUrl = process.env[TEST_SERVER_ENV]!;
    const name = `bvt_${process.env[TEST_RUN_ENV]}_migrations_${randomBytes(4).toString('hex')}`;
    await withMaintenanceClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    const definition: DatabaseDefinition = { entities: [], migrations: [CreateLedger1700000000000] };
    const replicas = [
      createDataSource(withDatabase(serverUrl, name), definition, { poolSize: 2 }),
      createDataSource(withDatabase(serverUrl, name), definition, { poolSize: 2 }),
    ];
    try {
      await Promise.all(replicas.map((replica) => replica.initialize()));
      const applied = await Promise.all(replicas.map((replica) => runMigrations(replica)));
      expect(applied.flat()).toEqual(['CreateLedger1700000000000']);
      const [{ runs }] = await replicas[0].query(`SELECT count(*)::int AS runs FROM migrations WHERE name = 'CreateLedger1700000000000'`);
      expect(runs).toBe(1);
    } finally {
      await Promise.all(replicas.map((replica) => replica.destroy()));
    }
  });
});
