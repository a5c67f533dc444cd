import { DIRECTORY_COPY, type PersonalDataDeclaration, personalDataExportPart } from '@buurtvolk/subgraph-kit';

/** What the activities service holds about a person: their hour entries (with descriptions), sign-ups and activities they organise. */
export const ACTIVITIES_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'hour_entries', column: 'volunteer_id' },
    { table: 'sign_ups', column: 'volunteer_id' },
    { table: 'volunteer_months', column: 'volunteer_id' },
    { table: 'activities', column: 'organiser_ids', list: true },
  ],
  notPersonal: [DIRECTORY_COPY],
};

export const [ActivitiesExportReference, ActivitiesExportResolver] = personalDataExportPart(
  'activities',
  'Hour entries with their descriptions, sign-ups, monthly approved minutes and activities the person organises',
  ACTIVITIES_PERSONAL_DATA,
);
