import { type AuditTrail, badUserInput, conflict, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ShadowPrice } from './shadow-price.entity';
import type { SetShadowPriceInput } from './shadow-price.inputs';
import { priceAmountErrors } from './shadow-price.rules';

export class ShadowPriceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** The years that have prices of their own, newest first. */
  async priceYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query(
      'SELECT DISTINCT price_year AS year FROM shadow_prices ORDER BY price_year DESC',
    );
    return rows.map((row) => row.year);
  }

  /**
   * The price list that holds for `year`: per item the newest price of that year or before (a list is versioned by
   * price year, and an item not re-priced keeps its last price); items priced only later fall back to their first price.
   */
  async listFor(year: number): Promise<ShadowPrice[]> {
    return this.dataSource.getRepository(ShadowPrice).query(
      `SELECT DISTINCT ON (item) id, price_year AS "priceYear", item, unit, value_cents AS "valueCents", low_cents AS "lowCents",
              high_cents AS "highCents", source, note, version
         FROM shadow_prices
        ORDER BY item, (price_year <= $1) DESC, CASE WHEN price_year <= $1 THEN -price_year ELSE price_year END`,
      [year],
    );
  }

  async set(input: SetShadowPriceInput): Promise<ShadowPrice> {
    const errors = priceAmountErrors(input);
    if (errors.length) throw badUserInput('The price is incomplete or its range does not hold it', errors);
    const values = {
      unit: input.unit.trim(),
      valueCents: input.valueCents ?? null,
      lowCents: input.lowCents ?? null,
      highCents: input.highCents ?? null,
      source: input.source.trim(),
      note: input.note?.trim() || null,
    };
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ShadowPrice, { priceYear: input.priceYear, item: input.item });
      let price: ShadowPrice;
      if (existing) {
        if (input.version === undefined)
          throw badUserInput('This price exists; send the version you read to change it', [
            { field: 'version', message: 'is required to change a price' },
          ]);
        price = await updateVersioned(manager, ShadowPrice, 'shadow price', existing.id, input.version, values);
      } else {
        const inserted: unknown[] = await manager
          .createQueryBuilder()
          .insert()
          .into(ShadowPrice)
          .values({ id: randomUUID(), priceYear: input.priceYear, item: input.item, version: 1, ...values })
          .orIgnore()
          .returning('id')
          .execute()
          .then((result) => result.raw);
        if (inserted.length === 0) throw conflict('Someone else priced this item for this year just now; reload and try again');
        price = await manager.findOneByOrFail(ShadowPrice, { priceYear: input.priceYear, item: input.item });
      }
      await this.audit.record(manager, { action: 'shadow-price.set', entityType: 'ShadowPrice', entityId: price.id });
      return price;
    });
  }
}
