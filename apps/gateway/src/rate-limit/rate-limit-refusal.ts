import type { Draw } from './token-bucket';

/** The GraphQL-shaped body of a 429, so clients that read `errors` see why and how long to wait. */
export function refusalBody(draw: Draw) {
  const seconds = draw.retryAfterSeconds;
  return {
    errors: [
      {
        message: `Too many requests: try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
      },
    ],
  };
}
