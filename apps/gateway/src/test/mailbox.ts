import { createLogger } from '@buurtvolk/subgraph-kit';
import { pollUntil } from '@buurtvolk/testing';
import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { type CaughtMail, type MailCatcher, startMailCatcher } from '../../../messages/src/mail/mail-catcher';
import { sendDueMessages } from '../../../messages/src/messages/message-sender';

/** The portal address the mails of a test link to. */
export const TEST_PORTAL_URL = 'https://portaal.buurtvolk.nl';

export interface Mailbox {
  catcher: MailCatcher;
  /** Sends what is due, as the messages service's schedule does, until a mail with `subject` reached `address`. */
  mailTo(address: string, subject: string): Promise<CaughtMail>;
  close(): Promise<void>;
}

/** The embedded SMTP server, and the messages service's sending run pointed at it. */
export async function openMailbox(messages: () => DataSource): Promise<Mailbox> {
  const catcher = await startMailCatcher();
  const transport = createTransport(catcher.url);
  const logger = createLogger('mailbox', 'silent');
  const find = (address: string, subject: string) => catcher.mails.find((mail) => mail.to.includes(address) && mail.subject === subject);
  return {
    catcher,
    async mailTo(address, subject) {
      const mail = await pollUntil(
        async () => {
          await sendDueMessages(messages(), transport, logger, { env: { PORTAL_URL: TEST_PORTAL_URL } });
          return find(address, subject);
        },
        (found) => found !== undefined,
      );
      if (!mail) throw new Error(`No mail "${subject}" to ${address}; caught: ${catcher.mails.map((each) => each.subject).join(' | ')}`);
      return mail;
    },
    close: () => catcher.close(),
  };
}
