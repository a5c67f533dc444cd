import type { Identity } from '@buurtvolk/identity';
import { Role } from '@buurtvolk/identity';
import { IsDate, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Args, ArgsType, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Column, type DataSource, Entity, type EntityManager, PrimaryColumn } from 'typeorm';
import { connectionTypes, decodeCursor, PageArgs, toConnection } from './pagination';
import type { SubgraphContext } from './subgraph';

/** One audited change: who, what, which ids, when — never the personal values themselves. */
@Entity('audit_log')
@ObjectType('AuditEntry', {
  description: 'One recorded change: who made it, what, to which records and when; never the personal values themselves (admins only)',
})
@Directive('@shareable')
export class AuditEntry {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the change was made' })
  occurredAt: Date;

  @Column({ name: 'actor_subject' })
  @Field({ description: 'The subject of the token that made the change' })
  actorSubject: string;

  @Column({ name: 'actor_role' })
  @Field({
    description: "The role of the actor: ADMIN, COORDINATOR, VOLUNTEER or PARTNER, or SYSTEM for a change made on another service's event",
  })
  actorRole: string;

  @Column()
  @Field({ description: 'What happened, e.g. membership.added' })
  action: string;

  @Column({ name: 'entity_type' })
  @Field({ description: 'The kind of record that changed, as a type name, e.g. Membership or HourEntry' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (uuid) of the record that changed' })
  entityId: string;

  @Column({ name: 'related_ids', type: 'uuid', array: true })
  @Field(() => [ID], { description: 'Other records the change touched (e.g. the team and the volunteer)' })
  relatedIds: string[];

  @Column({ name: 'request_id' })
  @Field({ description: 'The request that made the change, to find it in the service logs (the event type for SYSTEM changes)' })
  requestId: string;
}

/** SQL that creates a subgraph's audit log, for a new subgraph's first migration to copy (a migration never imports it). */
export const CREATE_AUDIT_LOG_SQL = `
  CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_subject text NOT NULL,
    actor_role text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    related_ids uuid[] NOT NULL DEFAULT '{}',
    request_id text NOT NULL
  );
  CREATE INDEX audit_log_by_time ON audit_log (occurred_at DESC, id DESC);
  CREATE INDEX audit_log_by_entity ON audit_log (entity_id);
`;

export interface AuditedChange {
  action: string;
  entityType: string;
  entityId: string;
  relatedIds?: string[];
}

/** Writes audit entries for one request's caller, inside the transaction of the change they describe. */
export class AuditTrail {
  private readonly actor: { subject: string; role: string };

  constructor(
    identity: Identity | null,
    private readonly requestId: string,
    actor?: { subject: string; role: string },
  ) {
    this.actor = actor ?? { subject: identity?.subject ?? 'anonymous', role: identity?.role ?? 'ANONYMOUS' };
  }

  /** For changes a service makes on another service's event: the actor is that service, the request the event. */
  static forEvent(source: string, eventType: string): AuditTrail {
    return new AuditTrail(null, eventType, { subject: `${source}-service`, role: 'SYSTEM' });
  }

  async record(manager: EntityManager, change: AuditedChange): Promise<void> {
    await manager.insert(AuditEntry, {
      id: randomUUID(),
      occurredAt: new Date(),
      actorSubject: this.actor.subject,
      actorRole: this.actor.role,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      relatedIds: change.relatedIds ?? [],
      requestId: this.requestId,
    });
  }
}

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only changes of this record' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Only changes of this kind of record, e.g. Membership' })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: "Only changes of this person's records or touching them (a volunteer id)" })
  @IsOptional()
  @IsUUID()
  person?: string;

  @Field(() => String, { nullable: true, description: 'Only changes made with this token subject' })
  @IsOptional()
  @Length(1, 200)
  actor?: string;

  @Field(() => String, { nullable: true, description: 'Only actions that start with this, e.g. "membership." or "hours.approved"' })
  @IsOptional()
  @Matches(/^[a-z][a-zA-Z.]{0,99}$/, { message: 'an action is lower-case words separated by dots' })
  action?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only changes at or after this moment' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only changes before this moment' })
  @IsOptional()
  @IsDate()
  before?: Date;
}

export const AuditEntryConnection = connectionTypes(AuditEntry, 'AuditEntry');

export interface AuditContext extends SubgraphContext {
  dataSource: DataSource;
}

/** An admin-only query `<service>AuditLog`, newest first; each subgraph serves its own. */
export function auditLogResolver(service: string) {
  @Resolver()
  class AuditLogResolver {
    @Authorized(Role.ADMIN)
    @Query(() => AuditEntryConnection, {
      name: `${service}AuditLog`,
      description: `Changes recorded by the ${service} service, newest first (admins only)`,
    })
    async auditLog(
      @Args(() => AuditLogArgs) { first, after, entityId, entityType, person, actor, action, from, before }: AuditLogArgs,
      @Ctx() { dataSource }: AuditContext,
    ) {
      const query = dataSource.getRepository(AuditEntry).createQueryBuilder('a');
      if (entityId) query.andWhere('a.entity_id = :entityId', { entityId });
      if (entityType) query.andWhere('a.entity_type = :entityType', { entityType });
      if (person) query.andWhere('(a.entity_id = :person OR :person = ANY(a.related_ids))', { person });
      if (actor) query.andWhere('a.actor_subject = :actor', { actor });
      // The pattern allows no LIKE wildcards, so the prefix is taken literally.
      if (action) query.andWhere('a.action LIKE :action', { action: `${action}%` });
      if (from) query.andWhere('a.occurred_at >= :from', { from });
      if (before) query.andWhere('a.occurred_at < :before', { before });
      const totalCount = await query.clone().getCount();
      if (after) {
        const [occurredAt, id] = decodeCursor(after, 2);
        query.andWhere('(a.occurred_at, a.id) < (:occurredAt::timestamptz, :id::uuid)', { occurredAt, id });
      }
      const rows = await query
        .orderBy('a.occurred_at', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .limit(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (entry) => [entry.occurredAt.toISOString(), entry.id]);
    }
  }
  return AuditLogResolver;
}
