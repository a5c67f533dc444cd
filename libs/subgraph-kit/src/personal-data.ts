import { type Identity, Role } from '@buurtvolk/identity';
import { JSONResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { forbidden } from './errors';
import type { SubgraphContext } from './subgraph';

/** A table of a service's own database with rows about a person, and the column that names them. */
export interface PersonalDataTable {
  table: string;
  column: string;
  /** The column holds a list of people (e.g. an activity's organisers). */
  list?: boolean;
  /** The column names a row of another table (by its id) whose `column` names the person, e.g. a claim's items. */
  through?: { table: string; column: string };
}

/** A column that names a person but is not theirs to export, and why (a test holds every service to its list). */
export interface NotPersonalDataColumn {
  table: string;
  column: string;
  reason: string;
}

export interface PersonalDataDeclaration {
  tables: PersonalDataTable[];
  notPersonal: NotPersonalDataColumn[];
}

/** The team directory every consuming service keeps is a copy of the teams service's memberships, exported there. */
export const DIRECTORY_COPY: NotPersonalDataColumn = {
  table: 'directory_memberships',
  column: 'volunteer_id',
  reason: 'a copy of the teams service’s memberships, which teams exports',
};

export function mayExportPersonalData(identity: Identity | null, volunteerId: string): boolean {
  return identity?.role === Role.ADMIN || identity?.volunteerId === volunteerId;
}

/** Every row of the declared tables about the person, by table, as stored. */
export async function personalRows(
  dataSource: DataSource,
  volunteerId: string,
  tables: PersonalDataTable[],
): Promise<Record<string, unknown[]>> {
  const parts = await Promise.all(
    tables.map(async ({ table, column, list, through }) => {
      // Names come from each service's own declaration, never from a caller.
      const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
      const match = through
        ? `t.${quote(column)} IN (SELECT id FROM ${quote(through.table)} WHERE ${quote(through.column)} = $1)`
        : list
          ? `$1 = ANY(t.${quote(column)})`
          : `t.${quote(column)} = $1`;
      const rows: { row: unknown }[] = await dataSource.query(`SELECT to_jsonb(t) AS row FROM ${quote(table)} t WHERE ${match}`, [
        volunteerId,
      ]);
      return [list ? `${table}.${column}` : table, rows.map(({ row }) => row)] as const;
    }),
  );
  return Object.fromEntries(parts);
}

/**
 * Adds `PersonalDataExport.<field>` (an entity the volunteers subgraph owns) with everything the given tables hold
 * about the person: for the person and admins only. Declared per subgraph, since type-graphql attaches a field
 * resolver to its class and a shared class would put every subgraph's field into each schema.
 */
export function personalDataExportPart(field: string, description: string, personalData: PersonalDataDeclaration) {
  @ObjectType('PersonalDataExport')
  @Directive('@key(fields: "volunteerId")')
  class PersonalDataExportReference {
    @Field(() => ID, { description: 'Stable identifier (uuid) of the person' })
    volunteerId: string;
  }

  @Resolver(() => PersonalDataExportReference)
  class PersonalDataExportPartResolver {
    @FieldResolver(() => JSONResolver, { name: field, nullable: true, description })
    async part(@Root() { volunteerId }: PersonalDataExportReference, @Ctx() ctx: SubgraphContext & { dataSource: DataSource }) {
      if (!mayExportPersonalData(ctx.identity, volunteerId)) throw forbidden('Only the person themselves and admins can export their data');
      return personalRows(ctx.dataSource, volunteerId, personalData.tables);
    }
  }
  return [PersonalDataExportReference, PersonalDataExportPartResolver] as const;
}
