import { NeighbourhoodRequestStatus } from './neighbourhood-request.entity';
import { missingForStatus, normalisePostcode } from './neighbourhood-request.rules';

describe('a request’s postcode and follow-up rules', () => {
  it('accepts Dutch postcodes with or without letters and a space, and nothing else', () => {
    expect(normalisePostcode('3071 ab')).toBe('3071AB');
    expect(normalisePostcode(' 3071AB ')).toBe('3071AB');
    expect(normalisePostcode('3071')).toBe('3071');
    // Never issued: a leading 0, and the letter pairs SA, SD and SS.
    expect(normalisePostcode('0123 AB')).toBeNull();
    expect(normalisePostcode('3071 SS')).toBeNull();
    expect(normalisePostcode('B-1000')).toBeNull();
    expect(normalisePostcode('30711AB')).toBeNull();
  });

  it('asks a reason to decline and the team a request became', () => {
    expect(missingForStatus(NeighbourhoodRequestStatus.DECLINED, { declineReason: '  ' })).toEqual({
      field: 'declineReason',
      message: 'is required to decline a request',
    });
    expect(missingForStatus(NeighbourhoodRequestStatus.BECAME_TEAM, {})?.field).toBe('teamId');
    expect(missingForStatus(NeighbourhoodRequestStatus.IN_CONVERSATION, {})).toBeNull();
  });
});
