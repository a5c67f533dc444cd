/**
 * What changed for clients between the released supergraph and the current one, compared on the public API schema
 * (the supergraph without its join and link directives and without what is @inaccessible), with
 * `@graphql-inspector/core`. A change that breaks a client's operations fails the check unless it touches something
 * the release had already marked `@deprecated` with a reason: that was the announcement, so it may go now.
 */
import { Supergraph } from '@apollo/federation-internals';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  DEFAULT_DEPRECATION_REASON,
  getNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';

export const RELEASED_SUPERGRAPH_FILE = 'apps/gateway/supergraph.released.graphql';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

export interface SchemaChange {
  level: ChangeLevel;
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** Where: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
  path?: string;
  message: string;
  /** Why it may break or surprise a client, when graphql-inspector says so. */
  reason?: string;
  /** For a breaking change: the deprecation reason in the release that announced it; such a change does not fail the check. */
  deprecatedInRelease?: string;
}

/** The schema a client sees behind the gateway. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Every change from the released supergraph to the current one, breaking first. */
export async function compareSupergraphs(releasedSupergraphSdl: string, currentSupergraphSdl: string): Promise<SchemaChange[]> {
  return compareApiSchemas(apiSchemaOf(releasedSupergraphSdl), apiSchemaOf(currentSupergraphSdl));
}

export async function compareApiSchemas(released: GraphQLSchema, current: GraphQLSchema): Promise<SchemaChange[]> {
  const changes = await diff(released, current);
  const announcedRemovals = removedTypesOnlyReachableThroughDeprecations(released, changes);
  const order: Record<ChangeLevel, number> = { breaking: 0, dangerous: 1, safe: 2 };
  return changes
    .map((change): SchemaChange => {
      const level = levelOf(change);
      const result: SchemaChange = {
        level,
        type: change.type,
        path: change.path,
        message: change.message,
        reason: change.criticality.reason,
      };
      if (level === 'breaking' && change.path) {
        const deprecation =
          change.type === ChangeType.TypeRemoved ? announcedRemovals.get(change.path) : deprecationOnPath(released, change.path);
        if (deprecation) result.deprecatedInRelease = deprecation;
      }
      return result;
    })
    .sort((a, b) => order[a.level] - order[b.level] || (a.path ?? '').localeCompare(b.path ?? ''));
}

/** The breaking changes that no deprecation in the release announced: these fail `npm run schema:check`. */
export function unannouncedBreakingChanges(changes: SchemaChange[]): SchemaChange[] {
  return changes.filter((change) => change.level === 'breaking' && !change.deprecatedInRelease);
}

/** The changes in words, grouped by level. */
export function describeChanges(changes: SchemaChange[]): string {
  if (changes.length === 0) return 'No changes to the public API since the release.';
  const headings: Record<ChangeLevel, string> = {
    breaking: 'Breaking (a client operation that uses this fails)',
    dangerous: 'Dangerous (valid operations may behave differently)',
    safe: 'Safe',
  };
  const lines: string[] = [];
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    const ofLevel = changes.filter((change) => change.level === level);
    if (ofLevel.length === 0) continue;
    lines.push(`${headings[level]}: ${ofLevel.length}`);
    for (const change of ofLevel) {
      const notes = [
        change.deprecatedInRelease ? `allowed: deprecated in the release ("${change.deprecatedInRelease}")` : undefined,
        level !== 'safe' ? change.reason : undefined,
      ];
      lines.push(
        `  - ${change.message}${notes
          .filter(Boolean)
          .map((note) => `\n      ${note}`)
          .join('')}`,
      );
    }
  }
  return lines.join('\n');
}

function levelOf(change: Change): ChangeLevel {
  if (change.criticality.level === CriticalityLevel.Breaking) return 'breaking';
  if (change.criticality.level === CriticalityLevel.Dangerous) return 'dangerous';
  return 'safe';
}

/** A deprecation counts only with a reason of its own: it tells clients what to use instead. */
function announced(deprecationReason: string | null | undefined): string | undefined {
  const reason = deprecationReason?.trim();
  return reason && reason !== DEFAULT_DEPRECATION_REASON ? reason : undefined;
}

/**
 * The deprecation reason of the field, enum value, input field or argument at `path` (`Type.member.argument`) or of
 * the member it belongs to, in the released schema.
 */
function deprecationOnPath(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, memberName, argumentName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || memberName === undefined) return undefined;
  if (isEnumType(type)) return announced(type.getValue(memberName)?.deprecationReason);
  if (isInputObjectType(type)) return announced(type.getFields()[memberName]?.deprecationReason);
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[memberName];
  if (!field) return undefined;
  const argument = argumentName === undefined ? undefined : field.args.find(({ name }) => name === argumentName);
  return announced(field.deprecationReason) ?? announced(argument?.deprecationReason);
}

/**
 * A removed type is announced when, in the release, everything that led to it was deprecated with a reason or was
 * itself a removed type announced so: the fields, arguments and input fields of its type, the unions it was a
 * member of and the types that implemented it (a deprecated field's result type goes with the field).
 */
function removedTypesOnlyReachableThroughDeprecations(schema: GraphQLSchema, changes: Change[]): Map<string, string> {
  const removed = new Set(changes.filter(({ type, path }) => type === ChangeType.TypeRemoved && path).map(({ path }) => path!));
  const references = new Map<string, { owner: string; deprecation?: string }[]>();
  const refer = (target: string, owner: string, deprecation?: string) => {
    if (removed.has(target)) references.set(target, [...(references.get(target) ?? []), { owner, deprecation }]);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const fieldDeprecation = announced(field.deprecationReason);
        refer(getNamedType(field.type).name, type.name, fieldDeprecation);
        for (const argument of field.args)
          refer(getNamedType(argument.type).name, type.name, fieldDeprecation ?? announced(argument.deprecationReason));
      }
      for (const implemented of type.getInterfaces()) refer(implemented.name, type.name);
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        refer(getNamedType(field.type).name, type.name, announced(field.deprecationReason));
    }
    if (isUnionType(type)) for (const member of type.getTypes()) refer(member.name, type.name);
  }

  const announcedTypes = new Map<string, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of removed) {
      const refs = references.get(name) ?? [];
      if (announcedTypes.has(name) || refs.length === 0) continue;
      const reasons = refs.map(({ owner, deprecation }) => deprecation ?? announcedTypes.get(owner));
      if (reasons.every((reason) => reason !== undefined)) {
        announcedTypes.set(name, reasons[0]!);
        grew = true;
      }
    }
  }
  return announcedTypes;
}
