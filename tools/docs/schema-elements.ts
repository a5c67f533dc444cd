import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

/** A type, field, argument or enum value of the public API, by its coordinate (`Team`, `Team.members`, `Query.team(id:)`). */
export interface SchemaElement {
  coordinate: string;
  description: string | null | undefined;
}

/** The API's own named types, in name order: no introspection types, no built-in scalars. */
export function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function fieldsOf(type: GraphQLNamedType): (GraphQLField<unknown, unknown> | GraphQLInputField)[] {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
}

export function argumentsOf(field: GraphQLField<unknown, unknown> | GraphQLInputField): readonly GraphQLArgument[] {
  return 'args' in field ? field.args : [];
}

/** Every element a reader of the reference meets, with its description (or none). */
export function schemaElements(schema: GraphQLSchema): SchemaElement[] {
  const elements: SchemaElement[] = [];
  for (const type of ownTypes(schema)) {
    elements.push({ coordinate: type.name, description: type.description });
    for (const field of fieldsOf(type)) {
      elements.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
      for (const argument of argumentsOf(field))
        elements.push({ coordinate: `${type.name}.${field.name}(${argument.name}:)`, description: argument.description });
    }
    if (isEnumType(type))
      for (const value of type.getValues()) elements.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
  }
  return elements;
}
