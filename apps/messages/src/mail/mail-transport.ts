import { createTransport } from 'nodemailer';

/** What the sender needs of a mail transport: nodemailer's sendMail, so tests can hand in a transport of their own. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; messageId?: string }): Promise<unknown>;
}

/** The sender address (MAIL_FROM). */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM || 'Buurtvolk <noreply@buurtvolk.nl>';
}

let cached: { url: string; transport: MailTransport } | null = null;

/** nodemailer over SMTP_URL (smtp:// or smtps://, with credentials in the URL when the server needs them). */
export function smtpTransport(env: NodeJS.ProcessEnv = process.env): MailTransport {
  const url = env.SMTP_URL;
  if (!url) throw new Error('SMTP_URL is not set: the messages service has no mail server to send through');
  if (cached?.url !== url) cached = { url, transport: createTransport(url) };
  return cached.transport;
}
