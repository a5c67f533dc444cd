import type { PersonalDataDeclaration } from '@buurtvolk/subgraph-kit';
import { createTestDatabase } from '@buurtvolk/testing';
import { ACTIVITIES_PERSONAL_DATA } from '../apps/activities/src/personal-data';
import { FINANCE_PERSONAL_DATA } from '../apps/finance/src/personal-data';
import { IMPACT_PERSONAL_DATA } from '../apps/impact/src/personal-data';
import { TEAMS_PERSONAL_DATA } from '../apps/teams/src/personal-data';
import { TRAINING_PERSONAL_DATA } from '../apps/training/src/personal-data';
import { VOLUNTEERS_PERSONAL_DATA } from '../apps/volunteers/src/personal-data';
import { MESSAGES_PERSONAL_DATA } from '../apps/messages/src/personal-data';
import { SUBGRAPHS } from './subgraphs';

const DECLARED: Record<string, PersonalDataDeclaration> = {
  teams: TEAMS_PERSONAL_DATA,
  volunteers: VOLUNTEERS_PERSONAL_DATA,
  activities: ACTIVITIES_PERSONAL_DATA,
  training: TRAINING_PERSONAL_DATA,
  finance: FINANCE_PERSONAL_DATA,
  impact: IMPACT_PERSONAL_DATA,
  messages: MESSAGES_PERSONAL_DATA,
};

/** Columns that name a person by the house's naming: volunteer ids, trainers, organisers. */
const NAMES_A_PERSON = /volunteer|organiser|person/;

describe('the right of access', () => {
  it.each(SUBGRAPHS.map(({ definition }) => [definition.name, definition] as const))(
    'covers every column of %s that names a person: exported, or listed with the reason it is not',
    async (name, definition) => {
      const declared = DECLARED[name];
      expect(declared).toBeDefined();
      const database = await createTestDatabase(name, definition.database);
      try {
        const columns: { table: string; column: string }[] = await database.dataSource.query(
          `SELECT table_name AS table, column_name AS column FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('uuid', 'ARRAY') AND column_name ~ $1 ORDER BY 1, 2`,
          [NAMES_A_PERSON.source],
        );
        const accounted = [...declared.tables.filter((table) => !table.through), ...declared.notPersonal]
          .map(({ table, column }) => `${table}.${column}`)
          .sort();
        expect(columns.map(({ table, column }) => `${table}.${column}`)).toEqual(accounted);
      } finally {
        await database.drop();
      }
    },
  );
});
