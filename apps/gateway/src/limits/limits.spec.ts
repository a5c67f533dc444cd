import { ApolloServer } from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { brokenDocumentLimit } from './document-limits';
import { DocumentMeasure } from './document-measure';
import { DEFAULT_LIMITS } from './limits';
import { type CostedContext, requestLimitsPlugin } from './limits-plugin';
import { operationCost } from './operation-cost';
import { documentLimitsRule, knownOperationTypesRule } from './validation-rules';

const schema = buildSchema(`
  type Query {
    teams(first: Int! = 20, after: String): TeamConnection!
    team(id: ID!): Team
    themes: [String!]!
  }
  type TeamConnection { edges: [TeamEdge!]! totalCount: Int! }
  type TeamEdge { cursor: String! node: Team! }
  type Team { name: String! partners: [Partner!]! neighbourhood: Neighbourhood }
  type Partner { name: String! }
  type Neighbourhood { name: String! teams(first: Int! = 20): TeamConnection! }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
}

function measure(query: string) {
  const document = parse(query);
  return new DocumentMeasure(schema, document, () => 1).operation(getOperationAST(document)!);
}

/** Fragments F0…F(count-1) on `type`, each spreading the next twice: F0 holds 2^(count-1) copies of `leaf`. */
function fragmentChain(count: number, type = 'Query', leaf = '__typename'): string {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? `fragment F${i} on ${type} { ${leaf} }` : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }`)).join(' ');
}

const EXPLOSION = `query { ...F0 } ${fragmentChain(30)}`;

describe('the cost of an operation', () => {
  it('is 1 per field, and a list multiplies what is below it by its size', () => {
    expect(cost('{ team(id: "x") { name } }')).toBe(2);
    // teams: 1 + 5 × (totalCount 1 + edges 1 + node 1 + name 1); edges count once, the page is teams' first.
    expect(cost('{ teams(first: 5) { totalCount edges { node { name } } } }')).toBe(21);
    // partners has no first: 10 assumed.
    expect(cost('{ team(id: "x") { partners { name } } }')).toBe(1 + (1 + 10 * 1));
  });

  it('takes first from a literal, a variable, the variable default or the schema default', () => {
    expect(cost('query ($n: Int!) { teams(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7);
    expect(cost('query ($n: Int = 100) { teams(first: $n) { totalCount } }')).toBe(1 + 100);
    expect(cost('query ($n: Int = 100) { teams(first: $n) { totalCount } }', { n: 3 })).toBe(1 + 3);
    expect(cost('{ teams { totalCount } }')).toBe(1 + 20);
    expect(cost('query ($n: Int) { teams(first: $n) { totalCount } }')).toBe(1 + 20);
    expect(cost('{ team(id: "x") { neighbourhood { teams(first: 2) { edges { node { partners { name } } } } } } }')).toBe(1 + (1 + (1 + 2 * (1 + (1 + (1 + 10 * 1))))));
  });

  it('counts a fragment spread twice twice, and resolves fragments against their type condition', () => {
    expect(cost('{ team(id: "x") { ...F ...F } } fragment F on Team { name }')).toBe(1 + 2);
    expect(cost('{ teams(first: 3) { ...C } } fragment C on TeamConnection { edges { node { partners { name } } } }')).toBe(1 + 3 * (1 + 1 + (1 + 10)));
    expect(cost('{ team(id: "x") { ... { partners { name } } ... on Team { partners { name } } } }')).toBe(1 + 2 * 11);
  });

  it('counts introspection fields once each, without page sizes', () => {
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(1 + (1 + (1 + (1 + 1))));
  });

  it('refuses a null for an argument that has a default but must not be null', () => {
    const refusal = () => cost('query ($f: Int) { teams(first: $f) { totalCount } }', { f: null });
    expect(refusal).toThrow(GraphQLError);
    expect(refusal).toThrow(/Argument "first" of non-null type "Int!" must not be null/);
    try {
      refusal();
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses variables GraphQL cannot coerce', () => {
    expect(() => cost('query ($n: Int!) { teams(first: $n) { totalCount } }', { n: 'ten' })).toThrow(/Int cannot represent/);
  });
});

describe('the measure of a document', () => {
  it('counts depth without introspection, aliases and root fields after fragment expansion', () => {
    expect(measure('{ team(id: "x") { neighbourhood { teams { edges { node { name __typename } } } } } }')).toMatchObject({ depth: 6, fields: 1 });
    expect(measure('{ ...A ...A } fragment A on Query { a: themes b: themes }')).toMatchObject({ aliases: 4, fields: 4, selections: 6 });
  });

  it('measures a 30-fragment explosion in one pass, to the numbers full expansion would give', () => {
    const started = Date.now();
    const result = measure(EXPLOSION);
    expect(result.fields).toBe(2 ** 29);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(cost(EXPLOSION)).toBe(2 ** 29);
    expect(cost(`{ team(id: "x") { ...F0 } } ${fragmentChain(30, 'Team', 'name')}`)).toBe(1 + 2 ** 29);
  });

  it('does not overflow into NaN on longer chains', () => {
    expect(measure(`{ ...F0 } ${fragmentChain(1_100)}`).fields).toBe(Infinity);
  });
});

describe('the document limits', () => {
  const limitOf = (query: string) => brokenDocumentLimit(schema, parse(query), DEFAULT_LIMITS)?.extensions.limit;

  it('lets ordinary documents through', () => {
    expect(limitOf('{ teams(first: 20) { totalCount edges { node { name partners { name } } } } }')).toBeUndefined();
    expect(limitOf('query ($skip: Boolean!) { themes @skip(if: $skip) }')).toBeUndefined();
  });

  it.each([
    ['maxRootFields', EXPLOSION, 2 ** 29],
    ['maxRootFields', `{ ${'themes '.repeat(21)}}`, 21],
    ['maxAliases', `{ ...F0 } ${fragmentChain(20, 'Query', 'a: __typename')}`, 2 ** 19],
    ['maxSelections', `{ __schema { ...F0 } } ${fragmentChain(30, '__Schema')}`, 3 * 2 ** 29],
    ['maxSelections', `{ team(id: "x") { ...F0 } } ${fragmentChain(30, 'Team', '...Missing')}`, 3 * 2 ** 29],
    ['maxDirectivesPerField', `{ themes ${'@skip(if: false) '.repeat(6)} }`, 6],
    ['maxDirectivesPerField', `{ ...F ${'@include(if: true) '.repeat(6)} } fragment F on Query { themes }`, 6],
  ])('refuses a document over %s', (name, query, found) => {
    expect(limitOf(query)).toEqual({ name, allowed: DEFAULT_LIMITS[name as keyof typeof DEFAULT_LIMITS], found });
  });

  it('checks unused fragments too (graphql-js walks them)', () => {
    expect(limitOf(`{ __typename } fragment Unused on Query { __schema { ...F0 } } ${fragmentChain(30, '__Schema')}`)).toMatchObject({ name: 'maxSelections' });
  });

  it('stops GraphQL validation on a refused document, before graphql-js expands its fragments', () => {
    const started = Date.now();
    const errors = validate(schema, parse(`{ __schema { ...F0 } } ${fragmentChain(30, '__Schema')}`), [...specifiedRules, documentLimitsRule(DEFAULT_LIMITS)]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(errors.map((error) => error.extensions.code)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('refuses a fragment cycle without walking it, with or without fields in it', () => {
    const cycle = `{ team(id: "x") { ...F0 } } ${fragmentChain(30, 'Team', '...F0')}`;
    const errors = validate(schema, parse(cycle), [...specifiedRules, documentLimitsRule(DEFAULT_LIMITS)]);
    expect(errors.map((error) => error.message)).toEqual(['Cannot spread fragment "F0" within itself']);
  });

  it('refuses subscriptions the schema has no root for', () => {
    const errors = validate(schema, parse('subscription { __typename }'), [...specifiedRules, knownOperationTypesRule]);
    expect(errors.map((error) => error.message)).toEqual(['Subscriptions are not supported: this API has no subscription type']);
  });
});

describe('the limits plugin', () => {
  it('puts the operation cost on the context for the rate limiter', async () => {
    let charged: number | undefined;
    const rateLimiter = { requestDidStart: async () => ({ willSendResponse: async ({ contextValue }: { contextValue: CostedContext }) => void (charged = contextValue.operationCost) }) };
    const server = new ApolloServer<CostedContext>({ schema, plugins: [requestLimitsPlugin(DEFAULT_LIMITS), rateLimiter] });
    await server.start();
    try {
      await server.executeOperation({ query: 'query ($n: Int = 100) { teams(first: $n) { totalCount } }' });
      expect(charged).toBe(1 + 100);
    } finally {
      await server.stop();
    }
  });
});
