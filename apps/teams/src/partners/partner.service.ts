import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { nextEntityVersion, recordEvent } from '@buurtvolk/events';
import { type AuditTrail, conflict, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { SOURCE } from '../memberships/membership.service';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { Partner } from './partner.entity';
import type { CreatePartnerInput, PartnersArgs, UpdatePartnerInput } from './partner.inputs';

export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  list({ kind }: PartnersArgs): Promise<Partner[]> {
    return this.dataSource.getRepository(Partner).find({ where: kind ? { kind } : {}, order: { name: 'ASC' } });
  }

  async create({ neighbourhoodIds, ...fields }: CreatePartnerInput): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await manager
        .save(manager.create(Partner, { ...fields, id: randomUUID(), version: 1 }))
        .catch((error) => rethrowDuplicate(error, fields.name));
      await linkNeighbourhoods(manager, partner.id, neighbourhoodIds);
      await announceAreas(manager, partner.id, neighbourhoodIds, partner.kind);
      await this.audit.record(manager, {
        action: 'partner.created',
        entityType: 'Partner',
        entityId: partner.id,
        relatedIds: neighbourhoodIds,
      });
      return partner;
    });
  }

  async update({ id, version, neighbourhoodIds, ...changes }: UpdatePartnerInput): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await updateVersioned(manager, Partner, 'partner', id, version, changes).catch((error) =>
        rethrowDuplicate(error, changes.name ?? ''),
      );
      if (neighbourhoodIds) {
        await manager.query('DELETE FROM partner_neighbourhoods WHERE partner_id = $1', [id]);
        await linkNeighbourhoods(manager, id, neighbourhoodIds);
        await announceAreas(manager, id, neighbourhoodIds, partner.kind);
      } else if (changes.kind) {
        // Impact attributes a funder's costs by its kind, so a new kind is announced with the areas as they are.
        const areas: { neighbourhood_id: string }[] = await manager.query(
          'SELECT neighbourhood_id FROM partner_neighbourhoods WHERE partner_id = $1',
          [id],
        );
        await announceAreas(
          manager,
          id,
          areas.map((area) => area.neighbourhood_id),
          partner.kind,
        );
      }
      await this.audit.record(manager, { action: 'partner.updated', entityType: 'Partner', entityId: id, relatedIds: neighbourhoodIds });
      return partner;
    });
  }
}

async function linkNeighbourhoods(manager: EntityManager, partnerId: string, neighbourhoodIds: string[]): Promise<void> {
  const unique = [...new Set(neighbourhoodIds)];
  if (!unique.length) return;
  const found = await manager.findBy(Neighbourhood, { id: In(unique) });
  const missing = unique.find((id) => !found.some((neighbourhood) => neighbourhood.id === id));
  if (missing) throw notFound('neighbourhood', missing);
  await manager.query('INSERT INTO partner_neighbourhoods (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [
    partnerId,
    unique,
  ]);
}

function rethrowDuplicate(error: unknown, name: string): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(`A partner named "${name}" already exists`);
  throw error;
}

/**
 * Other services keep which neighbourhoods a partner serves (and impact what kind of organisation it is, to put a
 * funder's costs on the right actor); the version lets the latest change win in any order.
 */
async function announceAreas(manager: EntityManager, partnerId: string, neighbourhoodIds: string[], kind: string): Promise<void> {
  const version = await nextEntityVersion(manager, `partner:${partnerId}`);
  await recordEvent(manager, SOURCE, 'PartnerAreasChanged', { partnerId, neighbourhoodIds: [...new Set(neighbourhoodIds)], version, kind });
}
