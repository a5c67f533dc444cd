import { registerEnumType } from 'type-graphql';

/** The kinds of message a person can turn on or off; each comes from one or more events of other services. */
export enum MessageKind {
  HOURS = 'HOURS',
  COURSE_PLACE = 'COURSE_PLACE',
  CLAIMS = 'CLAIMS',
  PAYMENTS = 'PAYMENTS',
  CHECKS_DUE = 'CHECKS_DUE',
  REQUEST_ANSWER = 'REQUEST_ANSWER',
}
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'A kind of e-mail the platform sends a person about what concerns them; each can be turned off',
  valuesConfig: {
    HOURS: { description: 'Your hours were approved or rejected (with the reason), or an approval was taken back' },
    COURSE_PLACE: { description: 'A place became free in a course whose waiting list you are on' },
    CLAIMS: { description: 'Your expense claim was approved, rejected or sent back to complete' },
    PAYMENTS: { description: 'A payment to you was made, or failed' },
    CHECKS_DUE: { description: 'Your wellbeing check or loneliness questionnaire is due (only with your consent to it)' },
    REQUEST_ANSWER: {
      description: 'A new status of a request for a team, to the requester (not a platform user): not among the choices of a person',
    },
  },
});

/** The language a person gets messages in: Dutch unless they chose English. */
export enum MessageLanguage {
  NL = 'NL',
  EN = 'EN',
}
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description: 'The language of the e-mail a person gets',
  valuesConfig: { NL: { description: 'Dutch (the default)' }, EN: { description: 'English' } },
});

/** The kinds a person chooses from; answers to requesters go to people without an account, who have no choice to keep. */
export const ALL_KINDS: readonly MessageKind[] = Object.values(MessageKind).filter((kind) => kind !== MessageKind.REQUEST_ANSWER);
