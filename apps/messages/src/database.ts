import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { OutgoingMessage } from './messages/message.entity';
import { CreateMessagesSchema1796279291455 } from './migrations/1796279291455-create-messages-schema';
import { RequestAnswers1796279292000 } from './migrations/1796279292000-request-answers';
import { MessagePreferences } from './preferences/preference.entity';

export const messagesDatabase: DatabaseDefinition = {
  entities: [MessagePreferences, OutgoingMessage, AuditEntry],
  migrations: [CreateMessagesSchema1796279291455, catchUpMigration(1796279291456), RequestAnswers1796279292000],
};
