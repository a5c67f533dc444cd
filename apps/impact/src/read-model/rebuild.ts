import { claimEvent, type DomainEvent, type EventBus, type ReplayBatch, requestReplay } from '@buurtvolk/events';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { IMPACT_SOURCES, impactHandlers, READ_MODEL_TABLES } from './projection';

/**
 * A rebuild replays every producer's history into tables of its own, in the schema below, while the live model keeps
 * answering and following live events; live events meanwhile go to both. When the last source's history is in, the
 * rebuilt tables are swapped in in one transaction. So figures stay whole throughout, and which copy of an event
 * wins is decided by the events' own versions, never by which arrived last.
 */
const REBUILD_SCHEMA = 'impact_rebuild';
const CONSUMER = 'impact';
type Handler = (payload: any, manager: EntityManager, event: DomainEvent<any>) => Promise<void>;

/** Starts a rebuild (abandoning one still running); returns the replay's request id. */
export async function rebuildReadModel(dataSource: DataSource, bus: EventBus): Promise<string> {
  const requestId = randomUUID();
  await dataSource.transaction(async (manager) => {
    await manager.query(`DROP SCHEMA IF EXISTS ${REBUILD_SCHEMA} CASCADE`);
    await manager.query(`UPDATE read_model_rebuilds SET finished_at = now() WHERE finished_at IS NULL`);
    await manager.query(`CREATE SCHEMA ${REBUILD_SCHEMA}`);
    for (const table of [...READ_MODEL_TABLES, 'event_inbox'])
      await manager.query(`CREATE TABLE ${REBUILD_SCHEMA}.${table} (LIKE public.${table} INCLUDING ALL)`);
    await copyForeignKeys(manager);
    await manager.query('INSERT INTO read_model_rebuilds (request_id) VALUES ($1)', [requestId]);
  });
  return requestReplay({ bus, dataSource, consumer: CONSUMER, sources: IMPACT_SOURCES, types: Object.keys(impactHandlers), requestId });
}

/** For the replay consumer: a page of the rebuild's replay goes to the rebuild's tables (and its own inbox). */
export async function intoRebuildTables(manager: EntityManager, batch: ReplayBatch): Promise<void> {
  if (await isActiveRebuild(manager, batch.requestId)) await manager.query(`SET LOCAL search_path TO ${REBUILD_SCHEMA}, public`);
}

/**
 * For the replay consumer: a page of the rebuild's replay claims no inbox rows. Every impact handler is idempotent and
 * order-independent (see impactHandlers), so a copy that arrives twice (live and replayed, or a page delivered again)
 * changes the rebuilt tables once; and those tables' history is the whole of every producer's outbox, which is what
 * an inbox row would have stood for. Millions of replayed events then cost no inbox rows, nor copying them at the swap.
 */
export async function rebuildWithoutInbox(manager: EntityManager, batch: ReplayBatch): Promise<boolean> {
  return isActiveRebuild(manager, batch.requestId);
}

/** For the replay consumer: the rebuild's last page is in, so its tables replace the live ones. */
export async function swapInRebuild(manager: EntityManager, requestId: string): Promise<void> {
  if (!(await isActiveRebuild(manager, requestId))) return;
  await manager.query('SET LOCAL search_path TO public');
  await manager.query(`LOCK TABLE ${READ_MODEL_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  await manager.query(`DROP TABLE ${READ_MODEL_TABLES.join(', ')}`);
  for (const table of READ_MODEL_TABLES) await manager.query(`ALTER TABLE ${REBUILD_SCHEMA}.${table} SET SCHEMA public`);
  // Live events the rebuild handled stay handled (replayed ones left no inbox rows; a late live copy of one is applied
  // again and, the handlers being idempotent, changes nothing).
  await manager.query(`INSERT INTO public.event_inbox SELECT * FROM ${REBUILD_SCHEMA}.event_inbox ON CONFLICT DO NOTHING`);
  await manager.query(`DROP SCHEMA ${REBUILD_SCHEMA} CASCADE`);
  await manager.query('UPDATE read_model_rebuilds SET finished_at = now() WHERE request_id = $1', [requestId]);
}

/** The live handlers, also applying each event to the tables of a rebuild in progress. */
export function alsoIntoRebuild<T extends Record<string, (...args: any[]) => Promise<void>>>(handlers: T): T {
  return Object.fromEntries(
    Object.entries(handlers as Record<string, Handler>).map(([type, handle]) => [
      type,
      async (payload: unknown, manager: EntityManager, event: DomainEvent) => {
        await handle(payload, manager, event);
        const [{ search_path: searchPath }] = await manager.query('SHOW search_path');
        // A page of the rebuild's own replay is applied to the rebuild's tables already.
        if (searchPath.startsWith(REBUILD_SCHEMA)) return;
        const [running] = await manager.query('SELECT 1 FROM read_model_rebuilds WHERE finished_at IS NULL LIMIT 1');
        if (!running) return;
        await manager.query(`SET LOCAL search_path TO ${REBUILD_SCHEMA}, public`);
        if (await claimEvent(manager, CONSUMER, event.id)) await handle(payload, manager, event);
        await manager.query(`SELECT set_config('search_path', $1, true)`, [searchPath]);
      },
    ]),
  ) as T;
}

async function isActiveRebuild(manager: EntityManager, requestId: string): Promise<boolean> {
  const rows = await manager.query('SELECT 1 FROM read_model_rebuilds WHERE request_id = $1 AND finished_at IS NULL', [requestId]);
  return rows.length > 0;
}

/** LIKE copies columns, defaults and indexes but not foreign keys; the rebuild's tables refer to each other as the live ones do. */
async function copyForeignKeys(manager: EntityManager): Promise<void> {
  const keys: { table: string; name: string; definition: string }[] = await manager.query(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text = ANY($1)`,
    [READ_MODEL_TABLES],
  );
  // Unqualified names in the definitions resolve to the rebuild's tables.
  await manager.query(`SET LOCAL search_path TO ${REBUILD_SCHEMA}, public`);
  for (const key of keys) await manager.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  await manager.query('SET LOCAL search_path TO public');
}
