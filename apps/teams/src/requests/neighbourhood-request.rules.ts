import { NeighbourhoodRequestStatus } from './neighbourhood-request.entity';

/** A Dutch postcode: four digits (not starting with 0) and, optionally, two letters (not SA, SD or SS). */
const POSTCODE = /^([1-9][0-9]{3})\s?(?!SA|SD|SS)([A-Z]{2})?$/;

/** `1234 ab` → `1234AB`, `1234` → `1234`; null for anything that is not a Dutch postcode. */
export function normalisePostcode(text: string): string | null {
  const match = POSTCODE.exec(text.trim().toUpperCase());
  return match ? `${match[1]}${match[2] ?? ''}` : null;
}

/** The four digits, which the postcode table knows neighbourhoods by (PC4, as CBS publishes per neighbourhood). */
export function postcodeDigits(postcode: string): string {
  return postcode.slice(0, 4);
}

export const CLOSED_STATUSES: readonly NeighbourhoodRequestStatus[] = [
  NeighbourhoodRequestStatus.DECLINED,
  NeighbourhoodRequestStatus.BECAME_TEAM,
];

/**
 * The AVG's storage limitation, as the foundation's privacy statement sets it: contact data is kept while a request is
 * followed up and for 12 months after it closed (a requester may come back about it), then deleted.
 */
export const CONTACT_RETENTION_MONTHS = 12;

/** What a follow-up must say with its status: a reason to decline, the team a request became. */
export function missingForStatus(
  status: NeighbourhoodRequestStatus,
  given: { declineReason?: string | null; teamId?: string | null },
): { field: string; message: string } | null {
  if (status === NeighbourhoodRequestStatus.DECLINED && !given.declineReason?.trim())
    return { field: 'declineReason', message: 'is required to decline a request' };
  if (status === NeighbourhoodRequestStatus.BECAME_TEAM && !given.teamId)
    return { field: 'teamId', message: 'names the team the request became' };
  return null;
}
