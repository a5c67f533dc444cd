import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { type MailTransport, mailFrom } from '../mail/mail-transport';
import { MessageLanguage } from './message-kind';
import { isTemplate, maxAttempts, type MessageFacts, renderMessage, retryDelayMs, safeError } from './message.rules';

export interface SendResult {
  sent: number;
  skipped: number;
  failed: number;
  dead: number;
}

interface DueMessage {
  id: string;
  kind: string;
  template: string;
  facts: MessageFacts;
  attempts: number;
  email: string | null;
  language: MessageLanguage | null;
  disabled: string[] | null;
}

/**
 * Sends the messages that are due, one transaction each: the row is locked (SKIP LOCKED, so several instances share
 * the work), the mail goes out over SMTP, and the row records the outcome. A failure waits longer each time
 * (retryDelayMs) and after maxAttempts() tries the message is a dead letter (status DEAD), which admins see in
 * failedMessages. The address and language are read at sending time, so a change or an erasure in between counts.
 */
export async function sendDueMessages(
  dataSource: DataSource,
  transport: MailTransport,
  logger: Logger,
  options: { limit?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<SendResult> {
  const result: SendResult = { sent: 0, skipped: 0, failed: 0, dead: 0 };
  const limit = options.limit ?? 500;
  const attemptsAllowed = maxAttempts(options.env);
  for (let done = 0; done < limit; done += 1) {
    const outcome = await dataSource.transaction(async (manager) => {
      const [due]: DueMessage[] = await manager.query(
        `SELECT m.id, m.kind, m.template, m.facts, m.attempts, coalesce(c.email, r.email) AS email,
                coalesce(p.language, r.language) AS language, p.disabled_kinds AS disabled
           FROM messages m
           LEFT JOIN message_contacts c ON c.volunteer_id = m.volunteer_id
           LEFT JOIN message_preferences p ON p.volunteer_id = m.volunteer_id
           -- A message to a requester (request_id) goes to the address teams sent, while it is not forgotten.
           LEFT JOIN request_recipients r ON r.request_id = m.request_id AND NOT r.forgotten
          WHERE m.status = 'PENDING' AND m.next_attempt_at <= now()
          ORDER BY m.next_attempt_at, m.id
          LIMIT 1
          FOR UPDATE OF m SKIP LOCKED`,
      );
      if (!due) return null;
      const finish = (status: 'SENT' | 'SKIPPED' | 'DEAD', error: string | null) =>
        manager.query(`UPDATE messages SET status = $2, last_error = $3, finished_at = now(), attempts = attempts + $4 WHERE id = $1`, [
          due.id,
          status,
          error,
          status === 'SKIPPED' ? 0 : 1,
        ]);
      if (due.disabled?.includes(due.kind)) {
        await finish('SKIPPED', 'turned off by the person');
        return 'skipped' as const;
      }
      if (!due.email || !isTemplate(due.template)) {
        await finish('SKIPPED', due.email ? `no template ${due.template}` : 'no e-mail address known');
        return 'skipped' as const;
      }
      const { subject, text } = renderMessage(due.template, due.facts, due.language ?? MessageLanguage.NL, options.env);
      try {
        await transport.sendMail({
          from: mailFrom(options.env),
          to: due.email,
          subject,
          text,
          messageId: `<${due.id}@messages.buurtvolk>`,
        });
        await finish('SENT', null);
        return 'sent' as const;
      } catch (error) {
        const attempts = due.attempts + 1;
        if (attempts >= attemptsAllowed) {
          await finish('DEAD', safeError(error));
          logger.warn({ messageId: due.id, attempts }, 'message could not be sent: moved to the dead letters');
          return 'dead' as const;
        }
        await manager.query(
          `UPDATE messages SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [due.id, attempts, safeError(error), retryDelayMs(attempts) / 1000],
        );
        logger.info({ messageId: due.id, attempts }, 'message not sent; trying again later');
        return 'failed' as const;
      }
    });
    if (!outcome) break;
    result[outcome] += 1;
  }
  return result;
}
