import { fileProblem, rowProblemText } from './people-import-problems';

describe('an import’s problems in Dutch', () => {
  it('gives the reasons the volunteers service names a Dutch message, with what they mention', () => {
    expect(rowProblemText({ field: 'email', message: 'must be an e-mail address' })).toMatchObject({
      labelId: 'peopleImport.field.email',
      messageId: 'peopleImport.reason.email',
    });
    expect(rowProblemText({ field: 'email', message: 'is also on line 3' })).toMatchObject({
      messageId: 'peopleImport.reason.alsoOnLine',
      values: { line: '3' },
    });
    expect(
      rowProblemText({ field: 'joinedOn', message: '9/1/2025 could be day/month or month/day; write it as 2025-MM-DD or DD-MM-2025' }),
    ).toMatchObject({
      messageId: 'peopleImport.reason.ambiguousDate',
      values: { value: '9/1/2025' },
    });
    expect(rowProblemText({ field: 'dateOfBirth', message: 'must be a date such as 31-12-1980' })).toMatchObject({
      messageId: 'peopleImport.reason.date',
      values: { example: '31-12-1980' },
    });
    expect(
      rowProblemText({ field: 'phone', message: '612345678 had lost its leading 0 (as Excel does); read as 0612345678' }),
    ).toMatchObject({
      messageId: 'peopleImport.reason.leadingZero',
      values: { value: '612345678', phone: '0612345678' },
    });
  });

  it('shows an unknown reason and an unknown field in the service’s words', () => {
    expect(rowProblemText({ field: 'shoeSize', message: 'is too large' })).toEqual({
      labelId: null,
      field: 'shoeSize',
      messageId: null,
      values: {},
      serverMessage: 'is too large',
    });
  });

  it('explains a refused file', () => {
    expect(fileProblem('Unknown columns: naam, geboren. Known columns: displayName, givenName')).toEqual({
      messageId: 'peopleImport.file.unknownColumns',
      serverMessage: 'naam, geboren',
    });
    expect(fileProblem('The file has 600 rows; import at most 500 at a time')).toEqual({
      messageId: 'peopleImport.file.tooManyRows',
      serverMessage: '500',
    });
    expect(fileProblem('The file is not valid CSV: Invalid Closing Quote')).toEqual({
      messageId: 'peopleImport.file.unreadable',
      serverMessage: 'The file is not valid CSV: Invalid Closing Quote',
    });
  });
});
