import { DIRECTORY_COPY, type PersonalDataDeclaration, personalDataExportPart } from '@buurtvolk/subgraph-kit';

/** What the activities service holds about a person: their hour entries (with descriptions), sign-ups and activities they organise. */
export const ACTIVITIES_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'hour_entries', column: 'volunteer_id' },
    { table: 'sign_ups', column: 'volunteer_id' },
    { table: 'volunteer_months', column: 'volunteer_id' },
    { table: 'activities', column: 'organiser_ids', list: true },
    // The month-summary photos the person is in (summaries/).
    { table: 'summary_photo_people', column: 'volunteer_id' },
  ],
  notPersonal: [
    DIRECTORY_COPY,
    { table: 'volunteer_consents', column: 'volunteer_id', reason: 'a copy of the consents the volunteers service holds and exports' },
  ],
};

export const [ActivitiesExportReference, ActivitiesExportResolver] = personalDataExportPart(
  'activities',
  'Hour entries with their descriptions, sign-ups, monthly approved minutes, activities the person organises and month-summary photos they are in',
  ACTIVITIES_PERSONAL_DATA,
);
