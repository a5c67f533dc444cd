import { badUserInput, seal, unseal } from '@buurtvolk/subgraph-kit';

/**
 * A person's birth date decides their hourly maximum and the social-assistance rule, and it belongs to the volunteers
 * service: it reaches finance only as the gateway fetched it from there, under the caller's own rights, for
 * Volunteer.allowanceEligibility (@requires). The grant seals it with the person and team for a short while, so that
 * agreeAllowanceArrangement uses that birth date and never one the caller typed.
 */
const VALID_FOR_MS = 30 * 60_000;

export function grantEligibility(volunteerId: string, teamId: string, dateOfBirth: string, now = Date.now()): string {
  return seal(['allowance-eligibility', volunteerId.toLowerCase(), teamId.toLowerCase(), dateOfBirth, now + VALID_FOR_MS]);
}

/** The birth date the grant carries for this person and team; refused when it is for others, changed or expired. */
export function birthDateFromGrant(grant: string, volunteerId: string, teamId: string, now = Date.now()): string {
  const values = unseal(grant, 5);
  const valid =
    values &&
    values[0] === 'allowance-eligibility' &&
    values[1] === volunteerId.toLowerCase() &&
    values[2] === teamId.toLowerCase() &&
    Number(values[4]) > now;
  if (!valid)
    throw badUserInput('Ask Volunteer.allowanceEligibility for this person and team first; its grant is valid 30 minutes', [
      { field: 'eligibility', message: 'is not a grant for this person and team, or has expired' },
    ]);
  return String(values[3]);
}
