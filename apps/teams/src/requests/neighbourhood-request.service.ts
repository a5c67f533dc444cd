import { AuditTrail, badUserInput, notFound, type ScheduledJob, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { Team } from '../teams/team.entity';
import { NeighbourhoodRequest, NeighbourhoodRequestStatus } from './neighbourhood-request.entity';
import type { FollowUpNeighbourhoodRequestInput, NeighbourhoodRequestsArgs, RequestTeamInput } from './neighbourhood-request.inputs';
import {
  CLOSED_STATUSES,
  CONTACT_RETENTION_MONTHS,
  missingForStatus,
  normalisePostcode,
  postcodeDigits,
} from './neighbourhood-request.rules';
import { recordRequestAnswer, recordRequestContactDeleted } from './request-answer';

export class NeighbourhoodRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Stores a request from the public form. A filled-in honeypot (a field people never see) is answered the same as a
   * real request and stored nowhere, so a spam robot learns nothing.
   */
  async receive(input: RequestTeamInput): Promise<void> {
    if (input.website?.trim()) return;
    const postcode = normalisePostcode(input.postcode);
    if (!postcode) throw badUserInput('postcode is not a Dutch postcode', [{ field: 'postcode', message: 'e.g. 3071 AB' }]);
    await this.dataSource.transaction(async (manager) => {
      const request = manager.create(NeighbourhoodRequest, {
        id: randomUUID(),
        postcode,
        neighbourhoodId: await neighbourhoodOfPostcode(manager, postcode),
        requesterKind: input.requesterKind,
        organisation: input.organisation?.trim() || null,
        reason: input.reason.trim(),
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim(),
        contactPhone: input.contactPhone?.trim() || null,
        language: input.language,
        status: NeighbourhoodRequestStatus.NEW,
        version: 1,
      });
      await manager.insert(NeighbourhoodRequest, request);
      await this.audit.record(manager, {
        action: 'neighbourhood-request.received',
        entityType: 'NeighbourhoodRequest',
        entityId: request.id,
        relatedIds: request.neighbourhoodId ? [request.neighbourhoodId] : [],
      });
    });
  }

  list({ status, first }: NeighbourhoodRequestsArgs): Promise<NeighbourhoodRequest[]> {
    return this.dataSource
      .getRepository(NeighbourhoodRequest)
      .find({ where: status ? { status } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  async followUp({ id, version, status, declineReason, teamId, neighbourhoodId, followUpNote }: FollowUpNeighbourhoodRequestInput) {
    const missing = missingForStatus(status, { declineReason, teamId });
    if (missing) throw badUserInput(`${missing.field} ${missing.message}`, [missing]);
    return this.dataSource.transaction(async (manager) => {
      if (teamId && !(await manager.existsBy(Team, { id: teamId }))) throw notFound('team', teamId);
      if (neighbourhoodId && !(await manager.existsBy(Neighbourhood, { id: neighbourhoodId })))
        throw notFound('neighbourhood', neighbourhoodId);
      const current = await manager.findOneBy(NeighbourhoodRequest, { id });
      if (!current) throw notFound('neighbourhood request', id);
      const closing = CLOSED_STATUSES.includes(status);
      const request = await updateVersioned(manager, NeighbourhoodRequest, 'neighbourhood request', id, version, {
        status,
        declineReason: status === NeighbourhoodRequestStatus.DECLINED ? declineReason!.trim() : null,
        teamId: status === NeighbourhoodRequestStatus.BECAME_TEAM ? teamId! : null,
        // A request closed again keeps its first closing date; one reopened is no longer counting down.
        closedAt: closing ? (current.closedAt ?? new Date()) : null,
        ...(neighbourhoodId ? { neighbourhoodId } : {}),
        ...(followUpNote !== undefined ? { followUpNote: followUpNote?.trim() || null } : {}),
      });
      await this.audit.record(manager, {
        action: 'neighbourhood-request.followed-up',
        entityType: 'NeighbourhoodRequest',
        entityId: id,
        relatedIds: [request.teamId, request.neighbourhoodId].filter((related): related is string => related !== null),
      });
      await recordRequestAnswer(manager, current.status, request);
      return request;
    });
  }
}

/** The neighbourhood a postcode lies in, by the postcode table the foundation keeps (PC4); null when it does not know. */
async function neighbourhoodOfPostcode(manager: EntityManager, postcode: string): Promise<string | null> {
  const [row]: { neighbourhood_id: string }[] = await manager.query('SELECT neighbourhood_id FROM postcode_areas WHERE postcode = $1', [
    postcodeDigits(postcode),
  ]);
  return row?.neighbourhood_id ?? null;
}

/** Deletes the contact data of requests closed more than CONTACT_RETENTION_MONTHS ago, each with an audit entry; resolves with how many. */
export async function deleteExpiredContactData(dataSource: DataSource): Promise<number> {
  const audit = AuditTrail.forEvent('teams', 'request-contact-retention');
  return dataSource.transaction(async (manager) => {
    const deleted: { id: string }[] = await manager.query(
      `WITH gone AS (
         UPDATE neighbourhood_requests
            SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_deleted_at = now(), version = version + 1
          WHERE closed_at < now() - make_interval(months => $1) AND contact_deleted_at IS NULL
          RETURNING id)
       SELECT id FROM gone`,
      [CONTACT_RETENTION_MONTHS],
    );
    for (const { id } of deleted) {
      await audit.record(manager, { action: 'neighbourhood-request.contact-deleted', entityType: 'NeighbourhoodRequest', entityId: id });
      await recordRequestContactDeleted(manager, id);
    }
    return deleted.length;
  });
}

/** Every night at 03:41 Amsterdam time, as a pg-boss schedule (one run however many teams instances there are). */
export const requestContactRetentionJob: ScheduledJob = {
  cron: '41 3 * * *',
  run: async (dataSource, logger) => {
    const deleted = await deleteExpiredContactData(dataSource);
    if (deleted) logger.info({ deleted }, 'contact data of requests closed 12 months ago deleted');
  },
};
