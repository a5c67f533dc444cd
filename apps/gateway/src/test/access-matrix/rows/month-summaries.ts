import { CASES, type CaseName, outcomes } from '../cast';
import type { Row } from '../matrix';
import type { World } from '../world';

/** Monthly team summaries (the activities subgraph): coordinators write, admins publish, anyone reads what is published. */

/** A month of its own per row and case (`year` per row), so no cell finds another's summary. */
const monthOf = (year: number, name: CaseName) => `${year}-${String(CASES.indexOf(name) + 1).padStart(2, '0')}`;

async function draft(world: World, teamId: string, month: string): Promise<{ id: string; version: number }> {
  const { writeTeamMonthSummary } = await world.admin(
    'mutation ($input: WriteTeamMonthSummaryInput!) { writeTeamMonthSummary(input: $input) { id version } }',
    { input: { teamId, month, highlightNl: 'Matrix: de buurt samen schoongemaakt' } },
  );
  return writeTeamMonthSummary;
}

async function photo(world: World, teamId: string, month: string): Promise<string> {
  const summary = await draft(world, teamId, month);
  const { requestSummaryPhotoUpload } = await world.admin(
    'mutation ($input: RequestSummaryPhotoUploadInput!) { requestSummaryPhotoUpload(input: $input) { photo { id } } }',
    { input: { summaryId: summary.id, caption: 'Het plein', volunteerIds: [] } },
  );
  return requestSummaryPhotoUpload.photo.id;
}

/** The team's coordinators and admins; another team's draft is not even found. */
const SUMMARY_MANAGERS = outcomes({
  coordinatorOnOwnTeam: 'allowed',
  coordinatorSelf: 'allowed',
  coordinatorOnOtherTeam: 'NOT_FOUND',
  admin: 'allowed',
});

export const monthSummaryRows: Row<any>[] = [
  {
    operation: 'Mutation.writeTeamMonthSummary',
    document: 'mutation ($input: WriteTeamMonthSummaryInput!) { writeTeamMonthSummary(input: $input) { id } }',
    variables: (cell) => ({ input: { teamId: cell.target.team, month: monthOf(2019, cell.name), highlightNl: 'Een mooie maand' } }),
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.publishTeamMonthSummary',
    document: 'mutation ($id: ID!, $version: Int!) { publishTeamMonthSummary(id: $id, version: $version) { id } }',
    arrange: async (cell, world) => ({ variables: await draft(world, cell.target.team, monthOf(2018, cell.name)) }),
    expect: outcomes({ admin: 'allowed' }),
  },
  {
    operation: 'Mutation.requestSummaryPhotoUpload',
    document: 'mutation ($input: RequestSummaryPhotoUploadInput!) { requestSummaryPhotoUpload(input: $input) { url } }',
    arrange: async (cell, world) => {
      const summary = await draft(world, cell.target.team, monthOf(2017, cell.name));
      return { variables: { input: { summaryId: summary.id, caption: 'Het plein', volunteerIds: [] } } };
    },
    expect: SUMMARY_MANAGERS,
  },
  {
    operation: 'Mutation.removeSummaryPhoto',
    document: 'mutation ($id: ID!) { removeSummaryPhoto(id: $id) { id } }',
    arrange: async (cell, world) => ({ variables: { id: await photo(world, cell.target.team, monthOf(2016, cell.name)) } }),
    expect: SUMMARY_MANAGERS,
  },
  {
    operation: 'Team.monthSummary',
    document: 'query ($id: ID!, $month: String!) { team(id: $id) { monthSummary(month: $month) { id highlightNl } } }',
    arrange: async (cell, world) => {
      const month = monthOf(2015, cell.name);
      await draft(world, cell.target.team, month);
      return { variables: { id: cell.target.team, month } };
    },
    answer: (data) => data?.team?.monthSummary,
    // A draft is the team's and the foundation's; everyone else finds nothing (a published one is anyone's).
    expect: outcomes(
      {
        anonymous: null,
        volunteerSelf: 'allowed',
        volunteerOnMate: 'allowed',
        coordinatorOnOwnTeam: 'allowed',
        coordinatorSelf: 'allowed',
        admin: 'allowed',
      },
      null,
    ),
  },
];
