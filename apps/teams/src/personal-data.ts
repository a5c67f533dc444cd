import type { PersonalDataDeclaration } from '@buurtvolk/subgraph-kit';

/** What the teams service holds about a person, exported by PersonalDataExport.teams (memberships/personal-data-export.ts). */
export const TEAMS_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [{ table: 'memberships', column: 'volunteer_id' }],
  notPersonal: [
    {
      table: 'volunteer_registrations',
      column: 'volunteer_id',
      reason: 'a copy of the team that registered the person, which the volunteers service exports with the profile',
    },
  ],
};
