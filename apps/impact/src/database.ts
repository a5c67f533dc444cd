import type { DatabaseDefinition } from '@buurtvolk/database';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { CreateImpactSchema1764700000000 } from './migrations/1764700000000-create-impact-schema';
import { SeedShadowPrices1764700100000 } from './migrations/1764700100000-seed-shadow-prices';
import { OrderHourStatesByVersion1764700200000 } from './migrations/1764700200000-order-hour-states-by-version';
import { RebuildBesideTheModel1764700500000 } from './migrations/1764700500000-rebuild-beside-the-model';
import { BaselinesAllowancesAndPayers1764902000000 } from './migrations/1764902000000-baselines-allowances-and-payers';
import { OutcomesAndLiveability1764905100000 } from './migrations/1764905100000-outcomes-and-liveability';
import { NationalFigures1764912000000 } from './migrations/1764912000000-national-figures';
import { LiveabilityScore } from './liveability/liveability-score.entity';
import { NeighbourhoodBaseline } from './baselines/neighbourhood-baseline.entity';
import { ConsumerPriceIndexYear } from './prices/consumer-price-index.entity';
import { ShadowPrice } from './prices/shadow-price.entity';
import { CreateConsumerPriceIndex1764700210000 } from './migrations/1764700210000-create-consumer-price-index';
import { RecordSpreadOfFigures1764700220000 } from './migrations/1764700220000-record-spread-of-figures';
import { NeighbourhoodSurvey } from './surveys/neighbourhood-survey.entity';
import { orderedTeamDirectoryMigration } from '@buurtvolk/team-directory';
import { catchUpMigration } from '@buurtvolk/events';

export const impactDatabase: DatabaseDefinition = {
  entities: [NeighbourhoodSurvey, ShadowPrice, ConsumerPriceIndexYear, NeighbourhoodBaseline, LiveabilityScore, AuditEntry],
  migrations: [
    CreateImpactSchema1764700000000,
    SeedShadowPrices1764700100000,
    OrderHourStatesByVersion1764700200000,
    CreateConsumerPriceIndex1764700210000,
    RecordSpreadOfFigures1764700220000,
    orderedTeamDirectoryMigration(1764700300000),
    catchUpMigration(1764700400000),
    RebuildBesideTheModel1764700500000,
    BaselinesAllowancesAndPayers1764902000000,
    OutcomesAndLiveability1764905100000,
    NationalFigures1764912000000,
  ],
};
