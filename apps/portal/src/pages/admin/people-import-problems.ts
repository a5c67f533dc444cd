/**
 * The volunteers service explains an import's problems in English (for developers and other clients); these are the
 * reasons it gives today, each with a Dutch message. A reason not listed here is shown in the service's words.
 */
const REASONS: { pattern: RegExp; messageId: string; values?: (match: RegExpMatchArray) => Record<string, string> }[] = [
  { pattern: /^must be an e-mail address$/, messageId: 'peopleImport.reason.email' },
  { pattern: /^is required$/, messageId: 'peopleImport.reason.required' },
  { pattern: /^must not be in the future$/, messageId: 'peopleImport.reason.future' },
  { pattern: /^must be after 1900$/, messageId: 'peopleImport.reason.tooOld' },
  { pattern: /^must be a date such as (.+)$/, messageId: 'peopleImport.reason.date', values: (match) => ({ example: match[1] }) },
  { pattern: /^must be a date$/, messageId: 'peopleImport.reason.date', values: () => ({ example: '31-12-1980' }) },
  {
    pattern: /^(.+) could be day\/month or month\/day/,
    messageId: 'peopleImport.reason.ambiguousDate',
    values: (match) => ({ value: match[1] }),
  },
  { pattern: /^must be a phone number/, messageId: 'peopleImport.reason.phone' },
  { pattern: /^must be a Dutch postal code/, messageId: 'peopleImport.reason.postalCode' },
  { pattern: /^belongs to a volunteer already registered$/, messageId: 'peopleImport.reason.emailInUse' },
  { pattern: /^is a volunteer already registered/, messageId: 'peopleImport.reason.personInUse' },
  { pattern: /^is also on line (\d+)$/, messageId: 'peopleImport.reason.alsoOnLine', values: (match) => ({ line: match[1] }) },
  {
    pattern: /^(\d+) had lost its leading 0.*read as (\d+)$/,
    messageId: 'peopleImport.reason.leadingZero',
    values: (match) => ({ value: match[1], phone: match[2] }),
  },
];

/** Columns of the file with a Dutch label; others are shown by their column name. */
export const FIELD_LABELS = new Set([
  'displayName',
  'givenName',
  'familyName',
  'email',
  'phone',
  'dateOfBirth',
  'postalCode',
  'houseNumber',
  'joinedOn',
  'talents',
  'languages',
]);

export interface RowProblemText {
  /** The message id of the field's Dutch label, or null to show the column name. */
  labelId: string | null;
  field: string;
  /** A Dutch message for the reason, or null to show the service's own words. */
  messageId: string | null;
  values: Record<string, string>;
  serverMessage: string;
}

export function rowProblemText({ field, message }: { field: string; message: string }): RowProblemText {
  const reason = REASONS.map((candidate) => ({ candidate, match: message.match(candidate.pattern) })).find(({ match }) => match);
  return {
    labelId: FIELD_LABELS.has(field) ? `peopleImport.field.${field}` : null,
    field,
    messageId: reason?.candidate.messageId ?? null,
    values: reason?.match && reason.candidate.values ? reason.candidate.values(reason.match) : {},
    serverMessage: message,
  };
}

/**
 * Why a whole file was refused, in Dutch where the reason is known, as a form field's problem: its message takes one
 * value (`serverMessage`), here the unknown columns or the most rows an import takes.
 */
export function fileProblem(serverMessage: string): { messageId: string; serverMessage: string } {
  const columns = serverMessage.match(/^Unknown columns: (.+?)\. Known columns/);
  if (columns) return { messageId: 'peopleImport.file.unknownColumns', serverMessage: columns[1] };
  const rows = serverMessage.match(/^The file has \d+ rows; import at most (\d+)/);
  if (rows) return { messageId: 'peopleImport.file.tooManyRows', serverMessage: rows[1] };
  return { messageId: 'peopleImport.file.unreadable', serverMessage };
}
