import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, notFound } from './errors';

/**
 * Optimistic locking that TypeORM's @VersionColumn does not enforce: the UPDATE matches the version the
 * caller read, and zero changed rows means someone else changed it first (CONFLICT) or it is gone (NOT_FOUND).
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 0) {
    const current = await manager.findOneBy(entity, { id } as never);
    if (!current) throw notFound(what, id);
    throw conflict(
      `This ${what} was changed by someone else (version ${current.version}, you sent ${expectedVersion}); reload it and try again`,
    );
  }
  return manager.findOneByOrFail(entity, { id } as never);
}
