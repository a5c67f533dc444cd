import { type AuditTrail, badUserInput, conflict } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { NeighbourhoodBaseline } from './neighbourhood-baseline.entity';
import type { SetNeighbourhoodBaselineInput } from './neighbourhood-baseline.inputs';

/** Neighbourhood baselines: read by every report, set and corrected by admins (audited, versioned). */
export class NeighbourhoodBaselineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** The baselines of these neighbourhoods (one statement); a neighbourhood without one has none. */
  async of(neighbourhoodIds: readonly string[]): Promise<NeighbourhoodBaseline[]> {
    if (!neighbourhoodIds.length) return [];
    return this.dataSource.getRepository(NeighbourhoodBaseline).findBy({ neighbourhoodId: In([...neighbourhoodIds]) });
  }

  async list(): Promise<NeighbourhoodBaseline[]> {
    return this.dataSource.getRepository(NeighbourhoodBaseline).find({ order: { neighbourhoodId: 'ASC' } });
  }

  async set(input: SetNeighbourhoodBaselineInput): Promise<NeighbourhoodBaseline> {
    const hours = input.hoursPerYear ?? null;
    const share = input.sharePercent ?? null;
    if ((hours === null) === (share === null)) {
      throw badUserInput('Give the baseline as hours a year or as a share of the gross hours, not both or neither', [
        { field: hours === null ? 'hoursPerYear' : 'sharePercent', message: 'exactly one of hoursPerYear and sharePercent' },
      ]);
    }
    const values = {
      hoursPerYear: hours === null ? null : Math.round(hours * 10) / 10,
      sharePercent: share === null ? null : Math.round(share * 100) / 100,
      source: input.source.trim(),
      sourceYear: input.sourceYear,
      note: input.note?.trim() || null,
    };
    if (!values.source) throw badUserInput('A baseline needs its source', [{ field: 'source', message: 'must not be empty' }]);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(NeighbourhoodBaseline, {
        where: { neighbourhoodId: input.neighbourhoodId },
        lock: { mode: 'pessimistic_write' },
      });
      let id: string;
      if (existing) {
        if (input.version === undefined)
          throw badUserInput('This neighbourhood has a baseline; send the version you read to correct it', [
            { field: 'version', message: 'is required to correct a baseline' },
          ]);
        const [updated]: [unknown[], number] = await manager.query(
          `UPDATE neighbourhood_baselines SET hours_per_year = $3, share_percent = $4, source = $5, source_year = $6, note = $7, version = version + 1
            WHERE id = $1 AND version = $2 RETURNING id`,
          [existing.id, input.version, values.hoursPerYear, values.sharePercent, values.source, values.sourceYear, values.note],
        );
        if (updated.length === 0)
          throw conflict(
            `The baseline was changed by someone else (version ${existing.version}, you sent ${input.version}); reload it and try again`,
          );
        id = existing.id;
      } else {
        if (input.version !== undefined) throw conflict('This neighbourhood has no baseline (any more); reload and try again');
        id = randomUUID();
        // Two admins recording the first baseline at once: the unique neighbourhood lets one win.
        const inserted: unknown[] = await manager.query(
          `INSERT INTO neighbourhood_baselines (id, neighbourhood_id, hours_per_year, share_percent, source, source_year, note, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 1) ON CONFLICT (neighbourhood_id) DO NOTHING RETURNING id`,
          [id, input.neighbourhoodId, values.hoursPerYear, values.sharePercent, values.source, values.sourceYear, values.note],
        );
        if (!inserted.length) throw conflict('Someone else recorded a baseline for this neighbourhood just now; reload and try again');
      }
      await this.audit.record(manager, {
        action: 'neighbourhood-baseline.set',
        entityType: 'NeighbourhoodBaseline',
        entityId: id,
        relatedIds: [input.neighbourhoodId],
      });
      return manager.findOneByOrFail(NeighbourhoodBaseline, { id });
    });
  }
}
