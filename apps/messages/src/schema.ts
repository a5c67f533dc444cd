import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { MessageResolver } from './messages/message.resolver';
import { MessagesExportResolver } from './personal-data';
import { PreferenceResolver } from './preferences/preference.resolver';
import { VolunteerReference } from './references';

const byId = ({ id }: { id: string }) => ({ id });

export function buildMessagesSchema() {
  return buildFederatedSchema(
    {
      resolvers: [PreferenceResolver, MessageResolver, MessagesExportResolver, auditLogResolver('messages')],
      orphanedTypes: [VolunteerReference],
    },
    {
      // Access is checked on each field this subgraph adds to a person, so a reference resolves to its id.
      Volunteer: { __resolveReference: byId },
    },
  );
}
