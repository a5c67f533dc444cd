import { problemFromGraphQLError, problemFromStatus, problemsAt } from './problems';

describe('what the portal says when a request goes wrong', () => {
  it('gives each error code of the platform its own message', () => {
    const cases = [
      ['FORBIDDEN', 'errors.forbidden'],
      ['CONFLICT', 'errors.conflict'],
      ['LIMIT_EXCEEDED', 'errors.limitExceeded'],
      ['SERVICE_UNAVAILABLE', 'errors.serviceUnavailable'],
      ['UNAUTHENTICATED', 'errors.unauthenticated'],
      ['NOT_FOUND', 'errors.notFound'],
      ['RATE_LIMITED', 'errors.rateLimited'],
      ['INTERNAL_SERVER_ERROR', 'errors.unknown'],
    ];
    for (const [code, messageId] of cases) {
      expect({ code, messageId: problemFromGraphQLError({ message: 'x', extensions: { code } }).messageId }).toEqual({ code, messageId });
    }
  });

  it('says a network failure and a gateway that is down differently', () => {
    expect(problemFromStatus(undefined)).toMatchObject({ kind: 'NETWORK', messageId: 'errors.network' });
    expect(problemFromStatus(503)).toMatchObject({ kind: 'SERVICE_UNAVAILABLE', messageId: 'errors.serviceUnavailable' });
    expect(problemFromStatus(429)).toMatchObject({ kind: 'RATE_LIMITED' });
    expect(problemFromStatus(500)).toMatchObject({ kind: 'UNKNOWN' });
  });

  it('puts the server’s refusals of hour entries at their fields, in Dutch', () => {
    const refusal = (field: string, message: string) =>
      problemFromGraphQLError({ message: 'refused', extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } }).fields[0];
    expect(refusal('date', 'must not be in the future').messageId).toBe('errors.field.date.future');
    expect(refusal('date', 'must be within the last 60 days (older hours are entered by an admin)').messageId).toBe(
      'errors.field.date.tooOld',
    );
    expect(refusal('minutes', 'must be at most 120 on 2026-12-01').messageId).toBe('errors.field.minutes.dayFull');
    // An unknown refusal still shows, with the server's words, at its field.
    expect(refusal('description', 'is too long')).toEqual({
      field: 'description',
      serverMessage: 'is too long',
      messageId: 'errors.field.invalid',
    });
  });

  it('keeps the retry time of a rate limit and the request id of a masked error', () => {
    expect(problemFromGraphQLError({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }).retryAfterSeconds).toBe(7);
    expect(problemFromGraphQLError({ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } }).requestId).toBe('req-1');
  });

  it('finds the problems of one part of a partly answered page', () => {
    const problems = [
      problemFromGraphQLError({ path: ['volunteer', 'currentTeam', 'activities'], extensions: { code: 'SERVICE_UNAVAILABLE' } }),
      problemFromGraphQLError({ path: ['volunteer', 'hourEntries'], extensions: { code: 'FORBIDDEN' } }),
    ];
    expect(problemsAt(problems, 'volunteer', 'currentTeam').map((problem) => problem.kind)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(problemsAt(problems, 'volunteer')).toHaveLength(2);
    expect(problemsAt(problems, 'team')).toHaveLength(0);
  });
});
