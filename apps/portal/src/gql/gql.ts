/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query VolunteerHome($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteer(id: $volunteerId) {\n      id\n      displayName\n      hourEntries(first: 100) {\n        edges {\n          node {\n            id\n            entryDate\n            minutes\n            status\n          }\n        }\n      }\n      currentTeam {\n        id\n        name\n        firstYearProgress {\n          approvedHours\n          lowTarget\n          highTarget\n          until\n          status\n        }\n        activities(from: $from, to: $to, first: 50) {\n          edges {\n            node {\n              id\n              title\n              theme\n              startsAt\n              location\n              status\n              signedUp {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerHomeDocument,
};
const documents: Documents = {
    "\n  query VolunteerHome($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteer(id: $volunteerId) {\n      id\n      displayName\n      hourEntries(first: 100) {\n        edges {\n          node {\n            id\n            entryDate\n            minutes\n            status\n          }\n        }\n      }\n      currentTeam {\n        id\n        name\n        firstYearProgress {\n          approvedHours\n          lowTarget\n          highTarget\n          until\n          status\n        }\n        activities(from: $from, to: $to, first: 50) {\n          edges {\n            node {\n              id\n              title\n              theme\n              startsAt\n              location\n              status\n              signedUp {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerHomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHome($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteer(id: $volunteerId) {\n      id\n      displayName\n      hourEntries(first: 100) {\n        edges {\n          node {\n            id\n            entryDate\n            minutes\n            status\n          }\n        }\n      }\n      currentTeam {\n        id\n        name\n        firstYearProgress {\n          approvedHours\n          lowTarget\n          highTarget\n          until\n          status\n        }\n        activities(from: $from, to: $to, first: 50) {\n          edges {\n            node {\n              id\n              title\n              theme\n              startsAt\n              location\n              status\n              signedUp {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerHomeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
