import { DIRECTORY_COPY, type PersonalDataDeclaration } from '@buurtvolk/subgraph-kit';

/** What the volunteers service holds about a person besides their record, exported by PersonalDataExport.volunteers (export/). */
export const VOLUNTEERS_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'volunteer_status_changes', column: 'volunteer_id' },
    { table: 'consents', column: 'volunteer_id' },
    { table: 'wellbeing_checks', column: 'volunteer_id' },
    { table: 'loneliness_checks', column: 'volunteer_id' },
    { table: 'check_reminders', column: 'volunteer_id' },
    { table: 'participation_moves', column: 'volunteer_id' },
    { table: 'social_assistance_periods', column: 'volunteer_id' },
    { table: 'municipal_allowance_consents', column: 'volunteer_id' },
  ],
  notPersonal: [
    DIRECTORY_COPY,
    {
      table: 'social_assistance_versions',
      column: 'volunteer_id',
      reason: 'a counter that numbers the social-assistance changes sent to finance; it says nothing about the person',
    },
  ],
};
