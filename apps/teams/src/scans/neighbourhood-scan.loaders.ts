import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { NeighbourhoodRequest } from '../requests/neighbourhood-request.entity';
import { CbsKeyFigure } from './neighbourhood-scan.entity';

/** Loaders of neighbourhood scans (neighbourhood-scan.resolver.ts). */
export function scanLoaders(dataSource: DataSource) {
  return {
    neighbourhoodRequest: byIdLoader(dataSource, NeighbourhoodRequest),
    /** Keyed `areaCode:classificationYear`. */
    keyFiguresOfArea: new DataLoader<string, CbsKeyFigure[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: CbsKeyFigure[] = await dataSource
        .getRepository(CbsKeyFigure)
        .createQueryBuilder('f')
        .where('(f.area_code, f.classification_year) IN (SELECT * FROM unnest(:codes::text[], :years::int[]))', {
          codes: pairs.map(([code]) => code),
          years: pairs.map(([, year]) => Number(year)),
        })
        .orderBy('f.figure')
        .getMany();
      return groupInto(keys, rows, (row) => `${row.areaCode}:${row.classificationYear}`);
    }),
  };
}
