import { ApolloServer } from '@apollo/server';
import { buildSchema, getIntrospectionQuery, getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { brokenDocumentLimit } from './document-limits';
import { DocumentMeasure } from './document-measure';
import { DEFAULT_LIMITS, type RequestLimits } from './limits';
import { type CostedContext, requestLimitsPlugin } from './limits-plugin';
import { operationCost } from './operation-cost';
import { RepeatsMeasure } from './repeats';
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
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? `fragment F${i} on ${type} { ${leaf} }` : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }`,
  ).join(' ');
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
    expect(cost('{ team(id: "x") { neighbourhood { teams(first: 2) { edges { node { partners { name } } } } } } }')).toBe(
      1 + (1 + (1 + 2 * (1 + (1 + (1 + 10 * 1))))),
    );
  });

  it('counts a fragment spread twice twice, and resolves fragments against their type condition', () => {
    expect(cost('{ team(id: "x") { ...F ...F } } fragment F on Team { name }')).toBe(1 + 2);
    expect(cost('{ teams(first: 3) { ...C } } fragment C on TeamConnection { edges { node { partners { name } } } }')).toBe(
      1 + 3 * (1 + 1 + (1 + 10)),
    );
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
    expect(measure('{ team(id: "x") { neighbourhood { teams { edges { node { name __typename } } } } } }')).toMatchObject({
      depth: 6,
      fields: 1,
    });
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
    expect(limitOf(`{ __typename } fragment Unused on Query { __schema { ...F0 } } ${fragmentChain(30, '__Schema')}`)).toMatchObject({
      name: 'maxSelections',
    });
  });

  it('stops GraphQL validation on a refused document, before graphql-js expands its fragments', () => {
    const started = Date.now();
    const errors = validate(schema, parse(`{ __schema { ...F0 } } ${fragmentChain(30, '__Schema')}`), [
      ...specifiedRules,
      documentLimitsRule(DEFAULT_LIMITS),
    ]);
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

/** The highest repeats of fields and spreads in the document's operation, or in the named fragment. */
function repeatsOf(query: string, fragment?: string) {
  const document = parse(query);
  const measure = new RepeatsMeasure(document);
  return fragment ? measure.fragment(fragment) : measure.operation(getOperationAST(document)!);
}
const repeats = (query: string, fragment?: string) => repeatsOf(query, fragment).fields;
const spreads = (query: string, fragment?: string) => repeatsOf(query, fragment).spreads;

describe('the repeats of fields and fragment spreads', () => {
  it('counts the fields that share a response name in one selection set', () => {
    expect(repeats('{ team(id: "x") { name partners { name } } }')).toBe(1);
    expect(repeats('{ team(id: "x") { name name name } }')).toBe(3);
    // Aliases make the response name: three n's, and name once.
    expect(repeats('{ team(id: "x") { n: name n: name n: partners { name } name } }')).toBe(3);
  });

  it('multiplies by the repeats of the field above, taking the highest', () => {
    // team 2; the first team's names 2 × 2 = 4, the second's 1 × 2.
    expect(repeats('{ team(id: "x") { name name } team(id: "x") { name } }')).toBe(4);
    // neighbourhood ×3 in one team ×2, name ×2 in each: 2 × 3 × 2.
    expect(
      repeats(
        '{ team(id: "x") { n: neighbourhood { name name } n: neighbourhood { name } n: neighbourhood { name } } team(id: "x") { name } }',
      ),
    ).toBe(12);
  });

  it('merges inline fragments into their selection set', () => {
    expect(repeats('{ team(id: "x") { name ... { name } ... on Team { name ... { name } } } }')).toBe(4);
  });

  it('counts a fragment at every spread, also one spread twice', () => {
    // F twice and name beside it: 2 + 1.
    expect(repeats('{ team(id: "x") { ...F ...F name } } fragment F on Team { name }')).toBe(3);
    // neighbourhood twice through F, name twice in each: 2 × 2.
    expect(repeats('{ team(id: "x") { ...F ...F } } fragment F on Team { neighbourhood { name name } }')).toBe(4);
    // A spreads B twice, and the team spreads A twice: name 4 times; partners once in A, so 2.
    expect(repeats('{ team(id: "x") { ...A ...A } } fragment A on Team { ...B ...B partners { name } } fragment B on Team { name }')).toBe(
      4,
    );
  });

  it('measures a fragment from its own root, used or not', () => {
    const query = '{ team(id: "x") { name } } fragment A on Team { ...B ...B name } fragment B on Team { name name }';
    expect(repeats(query, 'A')).toBe(5);
    expect(repeats(query, 'B')).toBe(2);
  });

  it('counts nested repeats to what full expansion asks, and a fragment explosion without expanding it', () => {
    const nested = (levels: number, copies: number): string =>
      levels === 0
        ? 'name'
        : Array.from(
            { length: copies },
            () => `neighbourhood { teams(first: 1) { edges { node { ${nested(levels - 1, copies)} } } } }`,
          ).join(' ');
    expect(repeats(`{ team(id: "x") { ${nested(2, 3)} } }`)).toBe(9);
    expect(repeats(`{ ...F0 } ${fragmentChain(30)}`)).toBe(2 ** 29);
  });

  it('counts the fragment spreads one selection set brings together, those of the spread fragments included', () => {
    const fragments = 'fragment A on Team { name ...C } fragment B on Team { name } fragment C on Team { name }';
    expect(spreads('{ team(id: "x") { name } }')).toBe(0);
    // A, the C in A, and B.
    expect(spreads(`{ team(id: "x") { ...A ...B } } ${fragments}`)).toBe(3);
    // Inline fragments merge: B twice. A spread twice counts twice: 2 × (A and its C).
    expect(spreads(`{ team(id: "x") { ...B ... { ...B } } } ${fragments}`)).toBe(2);
    expect(spreads(`{ team(id: "x") { ...A ...A } } ${fragments}`)).toBe(4);
    // Times the repeats of the field they are in: team 2, the second with 2 spreads.
    expect(spreads(`{ team(id: "x") { ...B } team(id: "x") { ...B ...C } } ${fragments}`)).toBe(4);
    expect(spreads(`{ team(id: "x") { name } } ${fragments}`, 'A')).toBe(1);
  });

  it('adds nothing for a fragment that is missing or spread inside itself', () => {
    expect(repeats('{ team(id: "x") { ...Missing name } }')).toBe(1);
    expect(repeats('{ team(id: "x") { ...A } } fragment A on Team { name ...A }')).toBe(1);
  });
});

describe('the limits on fragments and nesting that keep validation linear', () => {
  const limitOf = (query: string, limits: RequestLimits = DEFAULT_LIMITS) =>
    brokenDocumentLimit(schema, parse(query), limits)?.extensions.limit;
  const messageOf = (query: string) => brokenDocumentLimit(schema, parse(query), DEFAULT_LIMITS)?.message;
  const names = (count: number) => 'name '.repeat(count);

  it('lets a field through up to maxFieldRepeats times, also through fragments', () => {
    expect(limitOf(`{ team(id: "x") { ${names(10)} } }`)).toBeUndefined();
    expect(limitOf(`{ team(id: "x") { ...F ...F } } fragment F on Team { ${names(5)} }`)).toBeUndefined();
  });

  it.each([
    ['one field 11 times', `{ team(id: "x") { ${names(11)} } }`, 11],
    ['one field 1,990 times', `{ team(id: "x") { ${names(1_990)} } }`, 1_990],
    ['a fragment with 6 spread twice', `{ team(id: "x") { ...F ...F } } fragment F on Team { ${names(6)} }`, 12],
    ['an object field 4 times, each with 3 names', `{ team(id: "x") { ${'neighbourhood { name name name } '.repeat(4)} } }`, 12],
    ['aliases to one name', `{ team(id: "x") { ${'n: name '.repeat(11)} } }`, 11],
    ['an unused fragment', `{ __typename } fragment F on Team { ${names(11)} }`, 11],
  ])('refuses %s over maxFieldRepeats', (_, query, found) => {
    expect(limitOf(query)).toEqual({ name: 'maxFieldRepeats', allowed: 10, found });
  });

  it('lets up to maxFragmentSpreads spreads meet, and refuses more', () => {
    // Each fragment asks its own field (unknown to the schema, which these limits do not look at), so no field repeats.
    const fragments = (count: number) => Array.from({ length: count }, (_, i) => `fragment F${i} on Neighbourhood { f${i} }`).join(' ');
    const spreadsOf = (count: number) => Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
    expect(limitOf(`{ team(id: "x") { neighbourhood { ${spreadsOf(30)} } } } ${fragments(30)}`)).toBeUndefined();
    expect(limitOf(`{ team(id: "x") { neighbourhood { ${spreadsOf(31)} } } } ${fragments(31)}`)).toEqual({
      name: 'maxFragmentSpreads',
      allowed: 30,
      found: 31,
    });
    // 10 copies of the field, 4 spreads in each: graphql-js would compare 45 × 16 pairs of fragments.
    expect(limitOf(`{ team(id: "x") { ${`neighbourhood { ${spreadsOf(4)} } `.repeat(10)} } } ${fragments(4)}`)).toEqual({
      name: 'maxFragmentSpreads',
      allowed: 30,
      found: 40,
    });
  });

  it('refuses quadratic repeats before graphql-js compares them', () => {
    const errors = validate(schema, parse(`{ team(id: "x") { ${names(1_990)} } }`), [
      ...specifiedRules,
      documentLimitsRule(DEFAULT_LIMITS),
    ]);
    expect(errors.map((error) => error.extensions.limit)).toEqual([{ name: 'maxFieldRepeats', allowed: 10, found: 1_990 }]);
  });

  it('counts inline fragments directly inside one another as depth, in introspection too', () => {
    const inline = (levels: number, inner: string) => `${'... { '.repeat(levels)}${inner}${' }'.repeat(levels)}`;
    expect(limitOf(`{ team(id: "x") { ${inline(10, 'name')} } }`)).toBeUndefined();
    expect(limitOf(`{ team(id: "x") { ${inline(11, 'name')} } }`)).toEqual({ name: 'maxDepth', allowed: 10, found: 11 });
    expect(limitOf(`{ __schema { ${inline(600, 'description')} } }`)).toEqual({ name: 'maxDepth', allowed: 10, found: 600 });
    // A field ends a chain: 6 + 6 inline fragments, and depth 2 of fields.
    expect(limitOf(`{ team(id: "x") { ${inline(6, `neighbourhood { ${inline(6, 'name')} }`)} } }`)).toBeUndefined();
  });

  it('checks the depth of a fragment from its own root, and lets the introspection query through', () => {
    const deep = (levels: number): string =>
      levels === 0 ? 'name' : `neighbourhood { teams(first: 1) { edges { node { ${deep(levels - 1)} } } } }`;
    expect(limitOf(`{ __typename } fragment F on Team { ${deep(3)} }`)).toEqual({ name: 'maxDepth', allowed: 10, found: 13 });
    expect(limitOf(getIntrospectionQuery())).toBeUndefined();
  });

  it('counts selections over the whole document, each fragment at every spread and in its own definition', () => {
    const query = '{ themes } fragment A on Query { themes ...B } fragment B on Query { themes themes }';
    // The operation 1, A 1 + 1 + B's 2, B 2: 7.
    expect(limitOf(query, { ...DEFAULT_LIMITS, maxSelections: 7 })).toBeUndefined();
    expect(limitOf(query, { ...DEFAULT_LIMITS, maxSelections: 6 })).toEqual({ name: 'maxSelections', allowed: 6, found: 7 });
    // 110 fragments that each add a field to the one they spread: under 220 selections each, 12,100 together.
    const chain = Array.from({ length: 110 }, (_, i) => `fragment G${i} on Query { ${i < 109 ? `...G${i + 1} ` : ''}themes }`).join(' ');
    expect(limitOf(`{ __typename } ${chain}`)).toMatchObject({ name: 'maxSelections' });
  });

  it.each([
    ['a spread of a fragment the document does not define', '{ team(id: "x") { name ...M0 ...M1 } }', 'Unknown fragment "M0".'],
    [
      'two fragments of one name',
      '{ team(id: "x") { ...F } } fragment F on Team { name } fragment F on Team { name name }',
      'There can be only one fragment named "F".',
    ],
  ])('refuses %s as GraphQL would, before its rules compare fragments', (_, query, message) => {
    expect(messageOf(query)).toBe(message);
    const errors = validate(schema, parse(query), [...specifiedRules, documentLimitsRule(DEFAULT_LIMITS)]);
    expect(errors.map((error) => error.message)).toEqual([message]);
  });
});

describe('the limits plugin', () => {
  it('puts the operation cost on the context for the rate limiter', async () => {
    let charged: number | undefined;
    const rateLimiter = {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue }: { contextValue: CostedContext }) => void (charged = contextValue.operationCost),
      }),
    };
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
