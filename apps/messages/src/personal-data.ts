import { type PersonalDataDeclaration, personalDataExportPart } from '@buurtvolk/subgraph-kit';

/**
 * What the messages service holds about a person: the address it sends to (a copy of volunteers' own, kept up to date
 * by VolunteerContactChanged), their choice of messages, and their messages (kind, event figures, status — never the
 * text sent). All of it goes on erasure (VolunteerErased).
 */
export const MESSAGES_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'message_contacts', column: 'volunteer_id' },
    { table: 'message_preferences', column: 'volunteer_id' },
    { table: 'messages', column: 'volunteer_id' },
  ],
  notPersonal: [],
};

export const [MessagesExportReference, MessagesExportResolver] = personalDataExportPart(
  'messages',
  'The e-mail address messages go to, the choice of messages and the messages sent or waiting',
  MESSAGES_PERSONAL_DATA,
);
