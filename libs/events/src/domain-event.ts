/**
 * Something that happened in one service that others may react to. Jobs stay in the events database for days and
 * pass through every consumer, so the payload carries ids only, never personal data.
 */
export interface DomainEvent<TPayload = Record<string, unknown>> {
  /** uuid; consumers use it to handle the event at most once. */
  id: string;
  /** e.g. 'VolunteerErased' */
  type: string;
  /** The service that recorded it, e.g. 'volunteers'. */
  source: string;
  /** ISO instant. */
  occurredAt: string;
  payload: TPayload;
}
