import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { municipalityOf } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Team } from '../teams/team.entity';
import { announcePlace } from '../teams/team.service';
import type { CreateNeighbourhoodInput, NeighbourhoodsArgs, UpdateNeighbourhoodInput } from './neighbourhood.inputs';
import { Neighbourhood } from './neighbourhood.entity';

export class NeighbourhoodService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Neighbourhoods by city and name; `onlyIds` limits them to a partner's own. */
  list({ city }: NeighbourhoodsArgs, onlyIds?: string[]): Promise<Neighbourhood[]> {
    const query = this.dataSource.getRepository(Neighbourhood).createQueryBuilder('n').orderBy('n.city').addOrderBy('n.name');
    if (city) query.andWhere('lower(n.city) = lower(:city)', { city });
    if (onlyIds) query.andWhere('n.id = ANY(:onlyIds)', { onlyIds });
    return query.getMany();
  }

  async create(input: CreateNeighbourhoodInput): Promise<Neighbourhood> {
    assertWijkInMunicipality(input.cbsCode, input.municipalityCode);
    return this.dataSource.transaction(async (manager) => {
      const neighbourhood = manager.create(Neighbourhood, { ...input, cbsCode: input.cbsCode ?? null, id: randomUUID(), version: 1 });
      await manager.save(neighbourhood).catch((error) => rethrowDuplicate(error, input.name));
      await this.audit.record(manager, { action: 'neighbourhood.created', entityType: 'Neighbourhood', entityId: neighbourhood.id });
      return neighbourhood;
    });
  }

  async update({ id, version, ...changes }: UpdateNeighbourhoodInput): Promise<Neighbourhood> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Neighbourhood, { id });
      const municipalityCode = changes.municipalityCode ?? current?.municipalityCode;
      const cbsCode = changes.cbsCode === undefined ? current?.cbsCode : changes.cbsCode;
      if (municipalityCode) assertWijkInMunicipality(cbsCode, municipalityCode);
      const updated = await updateVersioned(manager, Neighbourhood, 'neighbourhood', id, version, changes).catch((error) =>
        rethrowDuplicate(error, changes.name ?? current?.name ?? ''),
      );
      await this.audit.record(manager, { action: 'neighbourhood.updated', entityType: 'Neighbourhood', entityId: id });
      if (current && updated.municipalityCode !== current.municipalityCode) {
        // Every consumer's directory keeps each team's municipality: tell them, in this transaction. The update above
        // holds the neighbourhood's row lock and a new team takes a share lock on it, so no team is missed.
        for (const team of await manager.findBy(Team, { neighbourhoodId: id })) await announcePlace(manager, team, updated);
      }
      return updated;
    });
  }
}

function assertWijkInMunicipality(cbsCode: string | null | undefined, municipalityCode: string): void {
  if (cbsCode && municipalityOf(cbsCode) !== municipalityCode) {
    throw badUserInput(`Wijk ${cbsCode} does not lie in municipality ${municipalityCode}`, [
      { field: 'cbsCode', message: `must start with WK${municipalityCode.slice(2)}` },
    ]);
  }
}

function rethrowDuplicate(error: unknown, name: string): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(`The municipality already has a neighbourhood named "${name}"`);
  throw error;
}
