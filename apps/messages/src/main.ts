import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { ensureMailServer } from './mail/dev-mail';
import { messagesSubgraph } from './subgraph';

ensureMailServer()
  .then(() => runSubgraph(messagesSubgraph))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
