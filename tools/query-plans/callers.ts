/** Who asks, in the sample: the benchmark's team, its coordinator, one of its volunteers, its municipality's partner. */
import { testIdentities } from '@buurtvolk/testing';
import { subjects } from './national-sample';

const { team, coordinator, volunteer, municipality } = subjects;

export const callers = {
  admin: testIdentities.admin(),
  coordinator: testIdentities.coordinator(team.teamId, coordinator.volunteerId),
  volunteer: testIdentities.volunteer(volunteer.volunteerId, team.teamId),
  partner: testIdentities.partner(municipality.partnerId),
};
