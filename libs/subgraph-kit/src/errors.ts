import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

/** Error codes a caller may see with their own message; anything else is masked. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
  // The gateway's word for a subgraph that is down or too slow: the rest of the answer still comes.
  'SERVICE_UNAVAILABLE',
  // Raised by GraphQL itself for a malformed request; their messages describe the request, not internals.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Quote the requestId when you report it.';

export interface FieldError {
  field: string;
  message: string;
}

export function badUserInput(message: string, fields: FieldError[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id ${JSON.stringify(id)}`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Sign in first: send Authorization: Bearer <token>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** class-validator's nested errors as a flat list of `input.field: message`, without the submitted values. */
export function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export function isPublic(formatted: GraphQLFormattedError): boolean {
  return PUBLIC_ERROR_CODES.has(String(formatted.extensions?.code ?? ''));
}

/**
 * Apollo Server's formatError: keeps the message of public errors (and the failing fields), strips every
 * other extension (stack traces, SQL, submitted values) and replaces unknown errors with a generic message.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fields = fieldErrors(original.extensions.validationErrors as ValidationError[]);
    return {
      message: `Invalid input: ${fields.map((failure) => `${failure.field} ${failure.message}`).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (isPublic(formatted)) {
    const { code, fields, limit } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(fields ? { fields } : {}), ...(limit ? { limit } : {}) },
    };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
