import type { PersonalDataDeclaration } from '@buurtvolk/subgraph-kit';

/** What the teams service holds about a person, exported by PersonalDataExport.teams (memberships/personal-data-export.ts). */
export const TEAMS_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'memberships', column: 'volunteer_id' },
    // How they came to join: the intake steps of the candidate record linked to them (recruitment/).
    { table: 'recruitment_candidates', column: 'volunteer_id' },
    // The proposals they made and how they voted (proposals/): the ballot is secret to others, not to the voter.
    { table: 'team_proposals', column: 'proposer_volunteer_id' },
    { table: 'team_proposal_votes', column: 'volunteer_id' },
  ],
  notPersonal: [
    {
      table: 'volunteer_registrations',
      column: 'volunteer_id',
      reason: 'a copy of the team that registered the person, which the volunteers service exports with the profile',
    },
  ],
};
