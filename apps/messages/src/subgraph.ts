import { type SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { eraseRecipient, followContact } from './contacts/contact.handlers';
import { createMessagesContext, type MessagesContext } from './context';
import { messagesDatabase } from './database';
import { seedDemoData } from './demo-data';
import { smtpTransport } from './mail/mail-transport';
import { messageHandlers } from './messages/message.handlers';
import { sendDueMessages } from './messages/message-sender';
import { buildMessagesSchema } from './schema';

/**
 * The messages subgraph: e-mail to a person about what concerns them, made from other services' events. Only the
 * address and its deletion are replayed from volunteers' history; events of the past never become mail.
 */
export const messagesSubgraph: SubgraphDefinition<MessagesContext> = {
  name: 'messages',
  defaultPort: 4007,
  database: messagesDatabase,
  buildSchema: buildMessagesSchema,
  createContext: createMessagesContext,
  seedDemoData,
  events: {
    handlers: { ...messageHandlers, VolunteerContactChanged: followContact, VolunteerErased: eraseRecipient },
    replayFrom: ['volunteers'],
    replayTypes: ['VolunteerContactChanged', 'VolunteerErased'],
    scheduled: {
      // The outbox of messages: every minute, whatever is due (new, or a retry whose wait is over).
      send: { cron: '* * * * *', run: async (dataSource, logger) => void (await sendDueMessages(dataSource, smtpTransport(), logger)) },
    },
  },
};
