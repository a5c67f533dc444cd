/**
 * The hot operations of a subgraph, as the test runs them: GraphQL requests the way the gateway sends them (root
 * fields, and `_entities` for fields a subgraph adds to another's entity), and event handlers the way the consumer
 * runs them. Each may first look up what it needs (an entry and its version) outside the recording.
 */
import { claimEvent } from '@buurtvolk/events';
import type { Identity } from '@buurtvolk/identity';
import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { deliverDomainEvent, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

export interface World {
  subgraph: TestSubgraph;
  definition: SubgraphDefinition<any>;
  /** A connection of the test's own: what it reads here is not recorded. */
  db: Client;
}

type Variables = Record<string, unknown>;
type Arrange<T> = T | ((world: World) => Promise<T>);

export interface Operation {
  /** What someone does, e.g. "Team.hours: a team's year figures (coordinator)". */
  name: string;
  /** Looks up what the operation needs; not recorded. */
  arrange: (world: World) => Promise<Variables>;
  /** The operation itself; every statement it sends is recorded. */
  act: (world: World, arranged: Variables) => Promise<void>;
}

function arranged<T>(value: Arrange<T>, world: World): Promise<T> {
  return typeof value === 'function' ? (value as (world: World) => Promise<T>)(world) : Promise.resolve(value);
}

/** A GraphQL request to the subgraph as `as`; it must answer without errors, or its statements prove nothing. */
export function request(name: string, as: Identity | null, document: string, variables: Arrange<Variables> = {}): Operation {
  return {
    name,
    arrange: (world) => arranged(variables, world),
    act: async ({ subgraph }, values) => {
      const response = await subgraph.query(document, values, as);
      if (response.errors?.length || !response.data) throw new Error(`${name} failed: ${JSON.stringify(response.errors ?? response.text)}`);
    },
  };
}

/**
 * A field this subgraph adds to another subgraph's entity, asked as the gateway does: `_entities` with the
 * entity's key. `variables` may carry more arguments (declared in `argumentTypes`, e.g. `$year: Int!`).
 */
export function entityField(
  name: string,
  as: Identity | null,
  type: string,
  selection: string,
  variables: Arrange<Variables & { id: string }>,
  argumentTypes = '',
): Operation {
  const document = `query ($representations: [_Any!]!${argumentTypes ? `, ${argumentTypes}` : ''}) { _entities(representations: $representations) { ... on ${type} { ${selection} } } }`;
  return request(name, as, document, async (world) => {
    const { id, ...rest } = await arranged(variables, world);
    return { representations: [{ __typename: type, id }], ...rest };
  });
}

/** An event handled as the subgraph's consumer handles it: claimed in the inbox, then handled, in one transaction. */
export function event(name: string, type: string, payload: Arrange<Variables>): Operation {
  return {
    name: `${type} event: ${name}`,
    arrange: (world) => arranged(payload, world),
    act: async ({ subgraph, definition }, values) => {
      const domainEvent = { id: randomUUID(), type, source: 'query-plans', occurredAt: new Date().toISOString(), payload: values };
      await subgraph.dataSource.transaction(async (manager) => {
        await claimEvent(manager, definition.name, domainEvent.id);
        await deliverDomainEvent(definition, manager, domainEvent);
      });
    },
  };
}

/** One row the arrangement needs; fails when the data holds none, so an operation never silently tests nothing. */
export async function one<T = Record<string, any>>(db: Client, sql: string, parameters: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, parameters);
  if (!rows.length) throw new Error(`No row for the arrangement: ${sql}`);
  return rows[0] as T;
}
