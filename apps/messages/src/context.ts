import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createLoaders, type MessagesLoaders } from './loaders';
import { MessageService } from './messages/message.service';
import { MessagesPolicy } from './policy';
import { PreferenceService } from './preferences/preference.service';

export interface MessagesContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: MessagesLoaders;
  policy: MessagesPolicy;
  preferences: PreferenceService;
  messages: MessageService;
}

export function createMessagesContext(base: SubgraphContext, dataSource: DataSource): MessagesContext {
  const policy = new MessagesPolicy(base.identity);
  const loaders = createLoaders(dataSource);
  const audit = new AuditTrail(base.identity, base.requestId);
  return {
    ...base,
    dataSource,
    loaders,
    policy,
    preferences: new PreferenceService(dataSource, policy, loaders, audit),
    messages: new MessageService(dataSource, policy, audit),
  };
}
