import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { brokenLimit, limitExceeded, type RequestLimits } from './limits';

/** Refuses an operation over a depth, alias or cost limit before the gateway plans or sends anything. */
export function requestLimitsPlugin<TContext extends BaseContext>(limits: RequestLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) throw unresolvedOperation(request.operationName);
          const error = brokenLimit(schema, document, operation, request.variables ?? {}, limits);
          if (error) throw error;
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
