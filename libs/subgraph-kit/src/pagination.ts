import { type ClassType, Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { badUserInput } from './errors';

@ObjectType('PageInfo')
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  @Directive('@shareable')
  class Edge {
    @Field()
    cursor: string;

    @Field(() => Item)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  @Directive('@shareable')
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All items that match the filters, across pages' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Opaque cursor over the sort key of a row: the values, in sort order. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expectedLength && values.every((value) => typeof value === 'string' || typeof value === 'number')) {
      return values;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput('The cursor is not one this API handed out', [{ field: 'after', message: 'is not a valid cursor' }]);
}

/** Builds a connection from `first + 1` fetched rows (the extra row tells whether there is a next page). */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
