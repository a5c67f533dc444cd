/**
 * What went wrong with a request, in terms a page can show: one message id per kind (texts in messages/…/errors.json)
 * and the fields the server refused, so a form can put each message beside its field.
 */
export type ProblemKind =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldProblem {
  field: string;
  /** The server's own words, in English; shown only when no Dutch message knows the field's reason. */
  serverMessage: string;
  /** A message id for this refusal, e.g. `errors.field.date.future`. */
  messageId: string;
}

export interface Problem {
  kind: ProblemKind;
  messageId: string;
  /** Where in the answer the problem is, for a page that shows what it has and marks what is missing. */
  path?: (string | number)[];
  fields: FieldProblem[];
  retryAfterSeconds?: number;
  requestId?: string;
}

interface GraphQLErrorShape {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; retryAfterSeconds?: number; requestId?: string };
}

const KINDS: Record<string, ProblemKind> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'UNKNOWN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

export const MESSAGE_IDS: Record<ProblemKind, string> = {
  BAD_USER_INPUT: 'errors.badUserInput',
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  LIMIT_EXCEEDED: 'errors.limitExceeded',
  RATE_LIMITED: 'errors.rateLimited',
  SERVICE_UNAVAILABLE: 'errors.serviceUnavailable',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
};

/**
 * Refusals the server explains in English that have a Dutch message of their own. The server's message is for
 * developers; these patterns find the reason in it, and the portal says it in the person's language.
 */
const FIELD_REASONS: { field: string; pattern: RegExp; messageId: string }[] = [
  { field: 'date', pattern: /future/i, messageId: 'errors.field.date.future' },
  { field: 'date', pattern: /within the last/i, messageId: 'errors.field.date.tooOld' },
  { field: 'date', pattern: /membership|member/i, messageId: 'errors.field.date.notMember' },
  // registerHours names the team when the person was no member on the entry's date.
  { field: 'teamId', pattern: /membership/i, messageId: 'errors.field.date.notMember' },
  { field: 'minutes', pattern: /at most|24 hours/i, messageId: 'errors.field.minutes.dayFull' },
  { field: 'reason', pattern: /.*/, messageId: 'errors.field.reason.required' },
];

function fieldProblem(field: string, serverMessage: string): FieldProblem {
  const known = FIELD_REASONS.find((reason) => reason.field === field && reason.pattern.test(serverMessage));
  return { field, serverMessage, messageId: known?.messageId ?? 'errors.field.invalid' };
}

export function problemFromGraphQLError(error: GraphQLErrorShape): Problem {
  const kind = KINDS[error.extensions?.code ?? ''] ?? 'UNKNOWN';
  return {
    kind,
    messageId: MESSAGE_IDS[kind],
    path: error.path,
    fields: (error.extensions?.fields ?? []).map(({ field, message }) => fieldProblem(field, message)),
    retryAfterSeconds: error.extensions?.retryAfterSeconds,
    requestId: error.extensions?.requestId,
  };
}

/** A request that got no GraphQL answer: the network, or an HTTP status without a body we understand. */
export function problemFromStatus(status: number | undefined): Problem {
  const kind: ProblemKind =
    status === undefined
      ? 'NETWORK'
      : status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 429
            ? 'RATE_LIMITED'
            : status >= 502 && status <= 504
              ? 'SERVICE_UNAVAILABLE'
              : 'UNKNOWN';
  return { kind, messageId: MESSAGE_IDS[kind], fields: [] };
}

/** Problems of one part of a page: those whose path starts with the given one. */
export function problemsAt(problems: Problem[], ...path: (string | number)[]): Problem[] {
  return problems.filter((problem) => path.every((step, index) => problem.path?.[index] === step));
}
