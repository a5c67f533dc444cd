import { type Expectation, outcomes } from '../cast';
import { THIS_YEAR } from '../fixtures/dates';
import { trainerCourse } from '../fixtures/training';
import type { Row } from '../matrix';

/**
 * Fields about a person that other subgraphs resolve, reached the way any signed-in caller can: through another
 * subgraph's reference to them (a course run's peer trainer). The gateway asks the owning subgraph with nothing but
 * the person's id, so each must apply the volunteers service's rules itself (DESIGN.md §6, "No side doors").
 */

/** Personal data: the person, the coordinators of their current team, admins. */
const PERSONAL = outcomes({ volunteerSelf: 'allowed', coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });
/**
 * The right of access is exercised by the person (or an admin for them), not by their coordinator or a team mate.
 * The export hangs on the volunteers service's own record, which is nothing (null) to whoever may not see the person.
 */
const EXPORT = outcomes({
  volunteerSelf: 'allowed',
  volunteerOnOtherTeam: null,
  coordinatorOnOtherTeam: null,
  coordinatorSelf: 'allowed',
  partnerOnOwnArea: null,
  partnerOnOtherArea: null,
  admin: 'allowed',
});

function throughTrainer(operation: string, selection: string, pick: (trainer: any) => unknown, expect: Expectation): Row {
  return {
    operation,
    document: `query ($course: ID!) { course(id: $course) { runs { trainerVolunteer { ${selection} } } } }`,
    arrange: async (cell, world) => ({ variables: { course: await trainerCourse(world, cell.target.person) } }),
    answer: (data) => {
      const trainer = data?.course?.runs?.[0]?.trainerVolunteer;
      return trainer && pick(trainer);
    },
    expect,
  };
}

const exportPart = (part: string) =>
  throughTrainer(`PersonalDataExport.${part}`, `personalDataExport { ${part} }`, (trainer) => trainer.personalDataExport?.[part], EXPORT);

export const referenceRows: Row<any>[] = [
  throughTrainer('Volunteer.hourEntries', 'hourEntries(first: 1) { totalCount }', (trainer) => trainer.hourEntries, PERSONAL),
  throughTrainer('Volunteer.hours', `hours(year: ${THIS_YEAR})`, (trainer) => trainer.hours, PERSONAL),
  // A person's list of claims is theirs and an admin's; their coordinator decides through the team's list.
  throughTrainer(
    'Volunteer.expenseClaims',
    'expenseClaims(first: 1) { totalCount }',
    (trainer) => trainer.expenseClaims,
    outcomes({ volunteerSelf: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  ),
  // What someone received in a year is for their own records (and an admin's), not for their coordinator.
  throughTrainer(
    'Volunteer.financialStatement',
    `financialStatement(year: ${THIS_YEAR}) { year }`,
    (trainer) => trainer.financialStatement,
    outcomes({ volunteerSelf: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  ),
  // Which mail someone wants is theirs; an admin may look, to help.
  throughTrainer(
    'Volunteer.messagePreferences',
    'messagePreferences { language }',
    (trainer) => trainer.messagePreferences,
    outcomes({ volunteerSelf: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  ),
  throughTrainer('Volunteer.memberships', 'memberships { id }', (trainer) => trainer.memberships, PERSONAL),
  // Team mates know each other's team; nobody else learns where someone is.
  throughTrainer('Volunteer.currentTeam', 'currentTeam { id }', (trainer) => trainer.currentTeam, {
    ...PERSONAL,
    volunteerOnMate: 'allowed',
  }),
  throughTrainer('Volunteer.enrolments', 'enrolments { id }', (trainer) => trainer.enrolments, PERSONAL),
  throughTrainer('Volunteer.certificates', 'certificates { id }', (trainer) => trainer.certificates, PERSONAL),
  throughTrainer('Volunteer.personalDataExport', 'personalDataExport { volunteerId }', (trainer) => trainer.personalDataExport, EXPORT),
  ...['volunteers', 'teams', 'activities', 'training', 'finance'].map(exportPart),
  // Finance works out a person's allowance limits from the birth date the gateway brings from volunteers.
  {
    ...throughTrainer(
      'Volunteer.allowanceEligibility',
      '',
      (trainer) => trainer.allowanceEligibility,
      outcomes({
        coordinatorOnOwnTeam: 'allowed',
        coordinatorSelf: 'allowed',
        admin: 'allowed',
        // Whoever may not see the person gets no person at all, so nothing of theirs.
        volunteerOnOtherTeam: null,
        coordinatorOnOtherTeam: null,
        partnerOnOwnArea: null,
        partnerOnOtherArea: null,
      }),
    ),
    document: `query ($course: ID!, $team: ID!) { course(id: $course) { runs { trainerVolunteer { allowanceEligibility(teamId: $team) { grant } } } } }`,
    arrange: async (cell, world) => ({ variables: { course: await trainerCourse(world, cell.target.person), team: cell.target.team } }),
  },
];
