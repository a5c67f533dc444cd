import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { limitExceeded, type RequestLimits } from './limits';
import { operationCost } from './operation-cost';

export interface CostedContext extends BaseContext {
  /** The estimated cost of the operation (RequestLimits.maxCost), once it is resolved; for the rate limiter. */
  operationCost?: number;
}

/**
 * Costs the operation with its variables and refuses it over maxCost before the gateway plans or sends anything.
 * The limits that need no variables are checked earlier, during validation (validation-rules.ts).
 */
export function requestLimitsPlugin<TContext extends CostedContext>(limits: RequestLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) throw unresolvedOperation(request.operationName);
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          contextValue.operationCost = cost;
          if (cost > limits.maxCost) throw limitExceeded('maxCost', limits.maxCost, cost, 'Query cost');
        },
      };
    },
  };
}

/** The gateway would fail on a document whose operation cannot be chosen; say what is wrong instead. */
function unresolvedOperation(operationName: string | undefined): GraphQLError {
  const message = operationName
    ? `The document has no operation named "${operationName}"`
    : 'The document has several operations; say which one to run with operationName';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\./;

/**
 * For formatError, before masking: Apollo Server reports what the parser and the validation rules refuse as
 * GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED, whatever code the error had. A refusal for a limit says
 * LIMIT_EXCEEDED and names the limit, wherever it was found.
 */
export function limitRefusal(formatted: GraphQLFormattedError, error: unknown, limits: RequestLimits): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' &&
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError &&
    error.originalError.extensions.code === 'LIMIT_EXCEEDED'
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'LIMIT_EXCEEDED' } };
  }
  // The parser's only word for its maxTokens (parseOptions) is this message; graphql-js 16 spells it "more that".
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.exec(formatted.message)?.[1] === String(limits.maxTokens)) {
    const refusal = limitExceeded('maxTokens', limits.maxTokens, limits.maxTokens + 1, 'Token count', { atLeast: true });
    return { message: refusal.message, extensions: { code: 'LIMIT_EXCEEDED', limit: refusal.extensions.limit } };
  }
  return formatted;
}

/** Refuses a batched HTTP request with more operations than allowed, before any of them runs. */
export function batchSizeLimit(limits: RequestLimits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (Array.isArray(req.body) && req.body.length > limits.maxBatchSize) {
      const error = limitExceeded('maxBatchSize', limits.maxBatchSize, req.body.length, 'Batch size');
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'LIMIT_EXCEEDED', limit: error.extensions.limit } }] });
      return;
    }
    next();
  };
}
