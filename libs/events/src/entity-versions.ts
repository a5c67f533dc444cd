import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events about one entity travel on separate queues and may be handled in any order. A producer numbers them per
 * entity in the transaction that records them: the upsert's row lock makes a second writer wait, so the numbers
 * follow the order in which the changes commit, and a consumer keeps only the highest it has seen.
 */
export function entityVersionsMigration(timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `EntityEventVersions${timestamp}`;
    async up(runner: QueryRunner): Promise<void> {
      await runner.query('CREATE TABLE event_entity_versions (entity text PRIMARY KEY, version bigint NOT NULL)');
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.query('DROP TABLE event_entity_versions');
    }
  };
}

/** The next version of the entity's events (1, 2, …), within the caller's transaction. */
export async function nextEntityVersion(manager: EntityManager, entity: string): Promise<number> {
  const [row] = await manager.query(
    `INSERT INTO event_entity_versions (entity, version) VALUES ($1, 1)
     ON CONFLICT (entity) DO UPDATE SET version = event_entity_versions.version + 1 RETURNING version`,
    [entity],
  );
  return Number(row.version);
}
