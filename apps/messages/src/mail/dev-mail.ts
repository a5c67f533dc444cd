import { join } from 'node:path';
import { startMailCatcher } from './mail-catcher';

/** Where caught mail is kept in development (MAIL_CATCH_DIR); `npm run mail` reads it. */
export function mailCatchDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_CATCH_DIR || join(process.cwd(), '.data', 'mail');
}

/**
 * Without SMTP_URL, development and tests get an embedded SMTP server that catches every message (so `npm start`
 * needs nothing else); any other NODE_ENV without SMTP_URL refuses to start rather than drop mail.
 */
export async function ensureMailServer(env: NodeJS.ProcessEnv = process.env): Promise<{ close(): Promise<void> } | null> {
  if (env.SMTP_URL) return null;
  if (env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test')
    throw new Error('SMTP_URL is not set: the messages service needs a mail server outside development and tests');
  const catcher = await startMailCatcher({ port: Number(env.MAIL_CATCH_PORT) || 0, directory: mailCatchDirectory(env) });
  env.SMTP_URL = catcher.url;
  console.log(`messages: no SMTP_URL, so mail is caught on ${catcher.url} into ${mailCatchDirectory(env)} (npm run mail shows it)`);
  return catcher;
}
