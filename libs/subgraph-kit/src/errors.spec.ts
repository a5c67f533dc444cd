import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { badUserInput, INTERNAL_ERROR_MESSAGE, maskError } from './errors';
import { decodeCursor, encodeCursor } from './pagination';

describe('error masking', () => {
  it('keeps public errors with their code and failing fields, nothing else', () => {
    const error = badUserInput('Invalid date', [{ field: 'from', message: 'is not a date' }]);
    const masked = maskError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } }, error);
    expect(masked).toEqual({
      message: 'Invalid date',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'from', message: 'is not a date' }] },
    });
  });

  it('hides unknown errors such as SQL failures behind a generic message', () => {
    const sqlError = new Error('duplicate key value violates unique constraint "teams_pkey" DETAIL: Key (id)=(…)');
    const masked = maskError({ message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } }, sqlError);
    expect(masked).toEqual({ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('turns class-validator failures into BAD_USER_INPUT with the fields and without the submitted values', () => {
    const failure = Object.assign(new ValidationError(), {
      property: 'email',
      value: 'secret@example.org',
      target: { email: 'secret@example.org' },
      constraints: { isEmail: 'email must be an email' },
    });
    const error = new ArgumentValidationError([failure]);
    const masked = maskError(
      { message: error.message, extensions: error.extensions },
      new GraphQLError(error.message, { originalError: error, path: ['createVolunteer'] }),
    );
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'email must be an email' }] });
    expect(JSON.stringify(masked)).not.toContain('secret@example.org');
  });
});

describe('cursors', () => {
  it('round-trip and refuse anything not handed out', () => {
    expect(decodeCursor(encodeCursor(['Buurtvolk Charlois', 'f0e1']), 2)).toEqual(['Buurtvolk Charlois', 'f0e1']);
    expect(() => decodeCursor('bm9wZQ', 2)).toThrow('The cursor is not one this API handed out');
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(GraphQLError);
  });
});
