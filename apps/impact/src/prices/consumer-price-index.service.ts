import { type AuditTrail, badUserInput, conflict } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConsumerPriceIndexYear } from './consumer-price-index.entity';
import type { SetConsumerPriceIndexInput } from './consumer-price-index.inputs';

/** The yearly consumer price index: read by every report, set and corrected by admins (audited, versioned). */
export class ConsumerPriceIndexService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Every stored year, oldest first (a few dozen rows at most). */
  async list(): Promise<ConsumerPriceIndexYear[]> {
    return this.dataSource.getRepository(ConsumerPriceIndexYear).find({ order: { year: 'ASC' } });
  }

  async set(input: SetConsumerPriceIndexInput): Promise<ConsumerPriceIndexYear> {
    const values = {
      indexValue: input.indexValue,
      base: input.base.trim(),
      source: input.source.trim(),
      provisional: input.provisional,
      note: input.note?.trim() || null,
    };
    return this.dataSource.transaction(async (manager) => {
      // One writer at a time, so two admins cannot store years on different bases side by side.
      await manager.query('LOCK TABLE consumer_price_index IN SHARE ROW EXCLUSIVE MODE');
      const others: { base: string }[] = await manager.query('SELECT DISTINCT base FROM consumer_price_index WHERE year <> $1', [
        input.year,
      ]);
      if (others.length && others.some((other) => other.base !== values.base)) {
        throw badUserInput(
          `The stored years are on base ${others.map((other) => other.base).join(', ')}; rebase every year before mixing bases`,
          [{ field: 'base', message: `must be ${others[0].base}` }],
        );
      }
      const existing = await manager.findOneBy(ConsumerPriceIndexYear, { year: input.year });
      let row: ConsumerPriceIndexYear;
      if (existing) {
        if (input.version === undefined)
          throw badUserInput('This year has an index; send the version you read to correct it', [
            { field: 'version', message: 'is required to correct a year' },
          ]);
        // Keyed by year, not id, so the optimistic lock is written out here (updateVersioned wants an id).
        // TypeORM answers an UPDATE with [rows, count].
        const [updated]: [unknown[], number] = await manager.query(
          `UPDATE consumer_price_index SET index_value = $3, base = $4, source = $5, provisional = $6, note = $7, version = version + 1
            WHERE year = $1 AND version = $2 RETURNING year`,
          [input.year, input.version, values.indexValue, values.base, values.source, values.provisional, values.note],
        );
        if (updated.length === 0)
          throw conflict(
            `The index of ${input.year} was changed by someone else (version ${existing.version}, you sent ${input.version}); reload it and try again`,
          );
        row = await manager.findOneByOrFail(ConsumerPriceIndexYear, { year: input.year });
      } else {
        if (input.version !== undefined) throw conflict('This year has no index (any more); reload and try again');
        await manager.insert(ConsumerPriceIndexYear, { year: input.year, id: randomUUID(), version: 1, ...values });
        row = await manager.findOneByOrFail(ConsumerPriceIndexYear, { year: input.year });
      }
      await this.audit.record(manager, { action: 'consumer-price-index.set', entityType: 'ConsumerPriceIndexYear', entityId: row.id });
      return row;
    });
  }
}
