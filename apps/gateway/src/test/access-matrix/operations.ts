import { type FieldDefinitionNode, isObjectType, Kind, parse, valueFromASTUntyped } from 'graphql';
import { apiSchemaOf } from '../schema-walk-plan';

/**
 * Every operation someone has to decide about, read from the composed supergraph: each root field of Query and
 * Mutation, each field another subgraph resolves on a person (`Volunteer.hours`), and each part of the personal
 * data export. A field added to any subgraph shows up here without anyone listing it.
 */
export function operationsOf(supergraphSdl: string): string[] {
  const schema = apiSchemaOf(supergraphSdl);
  const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
  );
  return [...roots, ...fieldsAboutAPerson(supergraphSdl)];
}

/**
 * Fields on a person that the volunteers service does not resolve itself: each subgraph must apply the volunteers
 * service's rules to them, since the gateway asks it directly with the person's id.
 */
function fieldsAboutAPerson(supergraphSdl: string): string[] {
  const document = parse(supergraphSdl);
  const fieldsOf = (typeName: string): readonly FieldDefinitionNode[] =>
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typeName ? (definition.fields ?? []) : [],
    );
  const resolvedElsewhere = fieldsOf('Volunteer').filter((field) => ownersOf(field).some((graph) => graph !== 'VOLUNTEERS'));
  const exportParts = fieldsOf('PersonalDataExport').filter((field) => field.name.value !== 'volunteerId');
  return [
    ...resolvedElsewhere.map((field) => `Volunteer.${field.name.value}`),
    ...exportParts.map((field) => `PersonalDataExport.${field.name.value}`),
  ];
}

/** The subgraphs that resolve a supergraph field: those its `@join__field(graph: …)` names, not as `external`. */
function ownersOf(field: FieldDefinitionNode): string[] {
  return (field.directives ?? [])
    .filter((directive) => directive.name.value === 'join__field')
    .map((directive) =>
      Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)])),
    )
    .filter((join) => join.external !== true)
    .map((join) => String(join.graph));
}

/** Every `Type.field` of the schema clients see: a row about a field that is gone is stale. */
export function fieldsOf(supergraphSdl: string): Set<string> {
  const types = Object.values(apiSchemaOf(supergraphSdl).getTypeMap()).filter(isObjectType);
  return new Set(types.flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`)));
}
