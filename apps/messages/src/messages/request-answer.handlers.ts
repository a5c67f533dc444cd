import type { DomainEvent, EventPayload } from '@buurtvolk/events';
import { AuditTrail, unsealRequestAnswer } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MessageLanguage } from './message-kind';
import { TEMPLATE_KINDS } from './message.rules';

/**
 * NeighbourhoodRequestAnswered (from teams): keeps the requester's address and language (newest request version
 * wins) and puts one answer in the outbox. Nothing is queued for a request whose contact data is gone (a late delivery
 * after NeighbourhoodRequestContactDeleted), for a version already answered, or for one older than the newest seen: a
 * requester hears the latest status once, never an earlier one after it.
 */
export async function answerRequest(
  payload: EventPayload<'NeighbourhoodRequestAnswered'>,
  manager: EntityManager,
  event: Pick<DomainEvent, 'id'>,
): Promise<void> {
  const { email, declineReason } = unsealRequestAnswer(payload);
  const language = payload.language === MessageLanguage.EN ? MessageLanguage.EN : MessageLanguage.NL;
  const [kept]: { request_id: string }[] = await manager.query(
    `INSERT INTO request_recipients (request_id, email, language, version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (request_id) DO UPDATE SET email = EXCLUDED.email, language = EXCLUDED.language, version = EXCLUDED.version, updated_at = now()
      WHERE NOT request_recipients.forgotten AND request_recipients.version < EXCLUDED.version
     RETURNING request_id`,
    [payload.requestId, email, language, payload.version],
  );
  if (!kept) return;
  const facts = { status: payload.status, ...(declineReason ? { reason: declineReason } : {}) };
  await manager.query(
    `INSERT INTO messages (id, event_id, request_id, request_version, kind, template, facts) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING`,
    [
      randomUUID(),
      event.id,
      payload.requestId,
      payload.version,
      TEMPLATE_KINDS.NeighbourhoodRequestAnswered,
      'NeighbourhoodRequestAnswered',
      JSON.stringify(facts),
    ],
  );
}

/**
 * NeighbourhoodRequestContactDeleted (from teams, 12 months after the request closed): the address goes, the row stays
 * as a tombstone so that no later delivery brings it back, and the request's messages go too (a decline's reason with
 * them), sent or not.
 */
export async function forgetRequester(payload: EventPayload<'NeighbourhoodRequestContactDeleted'>, manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO request_recipients (request_id, email, language, version, forgotten) VALUES ($1, NULL, 'NL', 0, true)
     ON CONFLICT (request_id) DO UPDATE SET email = NULL, forgotten = true, updated_at = now()`,
    [payload.requestId],
  );
  await manager.query(`DELETE FROM messages WHERE request_id = $1`, [payload.requestId]);
  await AuditTrail.forEvent('teams', 'NeighbourhoodRequestContactDeleted').record(manager, {
    action: 'requester.forgotten',
    entityType: 'NeighbourhoodRequest',
    entityId: payload.requestId,
  });
}
