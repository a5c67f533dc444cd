import type { DomainEvent, EventPayload } from '@buurtvolk/events';
import { type SubgraphEventHandler, type SubgraphEventHandlers, unsealHoursRejection } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type MessageFacts, type Template, TEMPLATE_KINDS } from './message.rules';
import { answerRequest, forgetRequester } from './request-answer.handlers';

/**
 * Puts one message for `volunteerId` in the outbox of messages, unless the person turned its kind off. One message per
 * (event, person): a second delivery of the same event finds it there and adds nothing.
 */
export async function enqueueMessage(
  manager: EntityManager,
  event: Pick<DomainEvent, 'id'>,
  template: Exclude<Template, 'NeighbourhoodRequestAnswered'>,
  volunteerId: string | null,
  facts: MessageFacts,
): Promise<void> {
  if (!volunteerId) return;
  const kind = TEMPLATE_KINDS[template];
  await manager.query(
    `INSERT INTO messages (id, event_id, volunteer_id, kind, template, facts)
     SELECT $1, $2, $3, $4, $5, $6
      WHERE NOT EXISTS (SELECT 1 FROM message_preferences WHERE volunteer_id = $3 AND $4 = ANY(disabled_kinds))
     ON CONFLICT ON CONSTRAINT messages_once_per_event DO NOTHING`,
    [randomUUID(), event.id, volunteerId, kind, template, JSON.stringify(facts)],
  );
}

function hours(template: 'HoursApproved' | 'HoursApprovalRevoked'): SubgraphEventHandler<typeof template> {
  return (payload: EventPayload<typeof template>, manager, event) =>
    enqueueMessage(manager, event, template, payload.volunteerId, { date: payload.date, minutes: payload.minutes, theme: payload.theme });
}

function money<K extends 'ExpenseClaimApproved' | 'ExpenseClaimReturned' | 'PaymentMade' | 'PaymentFailed'>(
  template: K,
): SubgraphEventHandler<K> {
  return (payload, manager, event) =>
    enqueueMessage(manager, event, template, payload.volunteerId, { status: payload.status, amountCents: payload.amountCents });
}

/** The events that concern a person, each turned into a message for them. */
export const messageHandlers = {
  HoursApproved: hours('HoursApproved'),
  HoursApprovalRevoked: hours('HoursApprovalRevoked'),
  HoursRejected: (payload, manager, event) =>
    enqueueMessage(manager, event, 'HoursRejected', payload.volunteerId, {
      date: payload.date,
      minutes: payload.minutes,
      theme: payload.theme,
      reason: unsealHoursRejection(payload),
    }),
  EnrolmentPromoted: (payload, manager, event) => enqueueMessage(manager, event, 'EnrolmentPromoted', payload.volunteerId, {}),
  ExpenseClaimApproved: money('ExpenseClaimApproved'),
  ExpenseClaimReturned: money('ExpenseClaimReturned'),
  PaymentMade: money('PaymentMade'),
  PaymentFailed: money('PaymentFailed'),
  // Which check and from when, never an answer: the person's earlier answers stay in the portal.
  CheckDue: (payload, manager, event) =>
    enqueueMessage(manager, event, 'CheckDue', payload.volunteerId, { check: payload.check, date: payload.dueOn }),
  NeighbourhoodRequestAnswered: answerRequest,
  NeighbourhoodRequestContactDeleted: forgetRequester,
} satisfies SubgraphEventHandlers;
