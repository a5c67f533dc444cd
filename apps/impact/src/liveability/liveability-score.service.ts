import { type AuditTrail, badUserInput, conflict } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { LiveabilityScore } from './liveability-score.entity';
import type { RecordLiveabilityScoreInput } from './liveability-score.inputs';

/** Leefbaarometer scores: data about places, imported and corrected by admins (audited, versioned), read by every report. */
export class LiveabilityScoreService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Every edition of these neighbourhoods, oldest first (one statement). */
  async of(neighbourhoodIds: readonly string[]): Promise<LiveabilityScore[]> {
    if (!neighbourhoodIds.length) return [];
    return this.dataSource
      .getRepository(LiveabilityScore)
      .find({ where: { neighbourhoodId: In([...neighbourhoodIds]) }, order: { edition: 'ASC', neighbourhoodId: 'ASC' } });
  }

  async list(neighbourhoodId?: string): Promise<LiveabilityScore[]> {
    return this.dataSource
      .getRepository(LiveabilityScore)
      .find({ where: neighbourhoodId ? { neighbourhoodId } : {}, order: { neighbourhoodId: 'ASC', edition: 'ASC' } });
  }

  async record(input: RecordLiveabilityScoreInput): Promise<LiveabilityScore> {
    const values = {
      areaCode: input.areaCode,
      score: Math.round(input.score * 1000) / 1000,
      scoreClass: input.scoreClass ?? null,
      source: input.source.trim(),
      note: input.note?.trim() || null,
    };
    if (!values.source) throw badUserInput('A score needs its source', [{ field: 'source', message: 'must not be empty' }]);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(LiveabilityScore, { neighbourhoodId: input.neighbourhoodId, edition: input.edition });
      let id: string;
      if (existing) {
        if (input.version === undefined)
          throw badUserInput('This edition has a score for the neighbourhood; send the version you read to correct it', [
            { field: 'version', message: 'is required to correct a score' },
          ]);
        const [updated]: [unknown[], number] = await manager.query(
          `UPDATE liveability_scores SET area_code = $3, score = $4, score_class = $5, source = $6, note = $7, version = version + 1
            WHERE id = $1 AND version = $2 RETURNING id`,
          [existing.id, input.version, values.areaCode, values.score, values.scoreClass, values.source, values.note],
        );
        if (updated.length === 0)
          throw conflict(
            `The score was changed by someone else (version ${existing.version}, you sent ${input.version}); reload it and try again`,
          );
        id = existing.id;
      } else {
        if (input.version !== undefined) throw conflict('This edition has no score for the neighbourhood (any more); reload and try again');
        id = randomUUID();
        const inserted: unknown[] = await manager.query(
          `INSERT INTO liveability_scores (id, neighbourhood_id, area_code, edition, score, score_class, source, note, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT (neighbourhood_id, edition) DO NOTHING RETURNING id`,
          [id, input.neighbourhoodId, values.areaCode, input.edition, values.score, values.scoreClass, values.source, values.note],
        );
        if (!inserted.length) throw conflict('Someone else recorded this edition for the neighbourhood just now; reload and try again');
      }
      await this.audit.record(manager, {
        action: 'liveability-score.recorded',
        entityType: 'LiveabilityScore',
        entityId: id,
        relatedIds: [input.neighbourhoodId],
      });
      return manager.findOneByOrFail(LiveabilityScore, { id });
    });
  }
}
