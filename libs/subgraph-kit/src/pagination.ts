import { type ClassType, Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { isProduction } from '@buurtvolk/identity';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { badUserInput } from './errors';

@ObjectType('PageInfo', { description: 'Where a page of a connection ends and whether more items follow' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more items follow this page; ask for them with after set to endCursor' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last item on this page; null when the page is empty' })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a Relay connection of `Item`. */
export function connectionTypes<T extends object>(Item: ClassType<T>, name: string) {
  // Shareable: the same connection type (e.g. AuditEntryConnection) is served by several subgraphs.
  @ObjectType(`${name}Edge`, { description: `One ${name} on a page of a ${name}Connection, with its cursor` })
  @Directive('@shareable')
  class Edge {
    @Field({ description: 'Opaque position of this item; pass it as after to get the items that follow it' })
    cursor: string;

    @Field(() => Item, { description: `The ${name} itself` })
    node: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `One page of ${name} items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor`,
  })
  @Directive('@shareable')
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items on this page with their cursors, in the order the query documents' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items follow and the cursor to ask for them' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All items that match the filters, across pages' })
    totalCount: number;
  }
  return ConnectionType;
}

/**
 * A cursor holds a row's sort key (a display name, a date), which may be a value the caller may not read: it is
 * sealed with AES-256-GCM so that it is opaque and cannot be forged. Every replica of a service needs the same
 * CURSOR_SECRET; outside production a development secret is used.
 */
const DEV_CURSOR_SECRET = 'buurtvolk-dev-cursor-key-only-for-local-development';
const IV_BYTES = 12;
const TAG_BYTES = 16;
let cursorKeyCache: { secret: string; key: Buffer } | undefined;

function cursorKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = env.CURSOR_SECRET ?? (isProduction(env) ? undefined : DEV_CURSOR_SECRET);
  if (!secret || secret.length < 32) throw new Error('CURSOR_SECRET must be set to 32 or more characters when NODE_ENV=production');
  if (cursorKeyCache?.secret !== secret) cursorKeyCache = { secret, key: createHash('sha256').update(secret).digest() };
  return cursorKeyCache.key;
}

/** Values sealed so that a client can neither read nor change them (a cursor's sort key, a short-lived grant). */
export function seal(values: (string | number)[]): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey(), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The values of a sealed text, or null when it was not sealed here or was changed. */
export function unseal(text: string, expectedLength: number): (string | number)[] | null {
  try {
    const raw = Buffer.from(text, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const values = JSON.parse(Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((value) => typeof value === 'string' || typeof value === 'number')
    )
      return values;
  } catch {
    // not sealed here
  }
  return null;
}

/** Opaque cursor over the sort key of a row: the values, in sort order, sealed. */
export function encodeCursor(values: (string | number)[]): string {
  return seal(values);
}

export function decodeCursor(cursor: string, expectedLength: number): (string | number)[] {
  const values = unseal(cursor, expectedLength);
  if (!values) throw badUserInput('The cursor is not one this API handed out', [{ field: 'after', message: 'is not a valid cursor' }]);
  return values;
}

/** Builds a connection from `first + 1` fetched rows (the extra row tells whether there is a next page). */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
