import { recordEvent } from '@buurtvolk/events';
import { sealRequestAnswer } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { type NeighbourhoodRequest, NeighbourhoodRequestStatus } from './neighbourhood-request.entity';

/**
 * Tells messages that a request moved to a status the requester hears about, so they get a short e-mail. Only a real
 * change does (saving the same status again, e.g. for a note, sends nothing), NEW is not an answer, and a request
 * whose contact data is gone has nobody to write to: then nothing is recorded at all.
 */
export async function recordRequestAnswer(
  manager: EntityManager,
  before: NeighbourhoodRequestStatus,
  request: NeighbourhoodRequest,
): Promise<void> {
  if (request.status === before || request.status === NeighbourhoodRequestStatus.NEW || !request.contactEmail) return;
  await recordEvent(
    manager,
    'teams',
    'NeighbourhoodRequestAnswered',
    sealRequestAnswer(
      { requestId: request.id, status: request.status, language: request.language, version: request.version },
      { email: request.contactEmail, declineReason: request.declineReason },
    ),
  );
}

/** After the retention job deleted a request's contact data: messages forgets its address and drops what is unsent. */
export async function recordRequestContactDeleted(manager: EntityManager, requestId: string): Promise<void> {
  await recordEvent(manager, 'teams', 'NeighbourhoodRequestContactDeleted', { requestId });
}
