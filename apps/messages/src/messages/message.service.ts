import { isUuid } from '@buurtvolk/domain';
import { type AuditTrail, type Connection, decodeCursor, notFound, PageArgs, toConnection } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { MessagesPolicy } from '../policy';
import { OutgoingMessage } from './message.entity';

/** The dead letters: messages given up after every try, for admins to see and send again. */
export class MessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MessagesPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Newest failure first; the cursor seals the sort key. */
  async failed({ first, after }: PageArgs): Promise<Connection<OutgoingMessage>> {
    this.policy.assertCanManageDeadLetters();
    const query = this.dataSource.getRepository(OutgoingMessage).createQueryBuilder('m').where(`m.status = 'DEAD'`);
    const totalCount = await query.clone().getCount();
    if (after) {
      const [finishedAt, id] = decodeCursor(after, 2);
      query.andWhere('(m.finished_at, m.id) < (:finishedAt::timestamptz, :id::uuid)', { finishedAt, id });
    }
    const rows = await query
      .orderBy('m.finished_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (message) => [message.finishedAt!.toISOString(), message.id]);
  }

  /** A dead letter goes back to the outbox with its tries counted from zero. */
  async retry(id: string): Promise<OutgoingMessage> {
    this.policy.assertCanManageDeadLetters();
    return this.dataSource.transaction(async (manager) => {
      const [rows] = isUuid(id)
        ? await manager.query(
            `UPDATE messages SET status = 'PENDING', attempts = 0, next_attempt_at = now(), finished_at = NULL
              WHERE id = $1 AND status = 'DEAD' RETURNING id`,
            [id],
          )
        : [[]];
      if (!rows.length) throw notFound('failed message', id);
      await this.audit.record(manager, { action: 'message.retried', entityType: 'Message', entityId: id });
      return manager.findOneByOrFail(OutgoingMessage, { id });
    });
  }
}
