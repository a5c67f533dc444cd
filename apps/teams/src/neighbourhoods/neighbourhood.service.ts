import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { municipalityOf } from '@buurtvolk/domain';
import { badUserInput, conflict, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CreateNeighbourhoodInput, NeighbourhoodsArgs, UpdateNeighbourhoodInput } from './neighbourhood.inputs';
import { Neighbourhood } from './neighbourhood.entity';

export class NeighbourhoodService {
  constructor(private readonly dataSource: DataSource) {}

  list({ city }: NeighbourhoodsArgs): Promise<Neighbourhood[]> {
    const query = this.dataSource.getRepository(Neighbourhood).createQueryBuilder('n').orderBy('n.city').addOrderBy('n.name');
    if (city) query.where('lower(n.city) = lower(:city)', { city });
    return query.getMany();
  }

  async create(input: CreateNeighbourhoodInput): Promise<Neighbourhood> {
    assertWijkInMunicipality(input.cbsCode, input.municipalityCode);
    const neighbourhood = this.dataSource.getRepository(Neighbourhood).create({ ...input, cbsCode: input.cbsCode ?? null, id: randomUUID(), version: 1 });
    return this.dataSource
      .getRepository(Neighbourhood)
      .save(neighbourhood)
      .catch((error) => rethrowDuplicate(error, input.name));
  }

  async update({ id, version, ...changes }: UpdateNeighbourhoodInput): Promise<Neighbourhood> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Neighbourhood, { id });
      const municipalityCode = changes.municipalityCode ?? current?.municipalityCode;
      const cbsCode = changes.cbsCode === undefined ? current?.cbsCode : changes.cbsCode;
      if (municipalityCode) assertWijkInMunicipality(cbsCode, municipalityCode);
      return updateVersioned(manager, Neighbourhood, 'neighbourhood', id, version, changes).catch((error) => rethrowDuplicate(error, changes.name ?? current?.name ?? ''));
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
