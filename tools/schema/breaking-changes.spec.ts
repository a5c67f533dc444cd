import { composeSupergraph } from '@buurtvolk/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSupergraphs, describeChanges, RELEASED_SUPERGRAPH_FILE, unannouncedBreakingChanges } from './breaking-changes';

/** Two small subgraphs composed as the real ones are, so the check sees a real supergraph with join directives. */
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

function supergraph(teamsTypes: string, impactTypes = 'type Team @key(fields: "id") { id: ID! totalHours(year: Int!): Float }'): string {
  return composeSupergraph([
    { name: 'teams', url: 'http://teams.test/graphql', sdl: `${LINK}\n${teamsTypes}` },
    { name: 'impact', url: 'http://impact.test/graphql', sdl: `${LINK}\n${impactTypes}` },
  ]);
}

const TEAMS = `
  type Query { teams(city: String): [Team!]! }
  type Team @key(fields: "id") { id: ID! name: String! shortName: String status: TeamStatus! }
  enum TeamStatus { STARTING ACTIVE ENDED }`;

async function check(released: string, current: string) {
  const changes = await compareSupergraphs(released, current);
  return { changes, failing: unannouncedBreakingChanges(changes), text: describeChanges(changes) };
}

describe('the breaking-change check against the released supergraph', () => {
  it('fails when a field clients may select is removed', async () => {
    const { failing, text } = await check(supergraph(TEAMS), supergraph(TEAMS.replace('shortName: String ', '')));
    expect(failing.map(({ type, path }) => [type, path])).toEqual([['FIELD_REMOVED', 'Team.shortName']]);
    expect(text).toMatch(
      /^Breaking \(a client operation that uses this fails\): 1\n {2}- Field 'shortName' was removed from object type 'Team'/,
    );
  });

  it('lets a field go that the release deprecated with a reason, and not one deprecated without a reason', async () => {
    const deprecated = supergraph(TEAMS.replace('shortName: String', 'shortName: String @deprecated(reason: "Use name")'));
    const { changes, failing, text } = await check(deprecated, supergraph(TEAMS.replace('shortName: String ', '')));
    expect(failing).toEqual([]);
    expect(changes).toEqual([expect.objectContaining({ level: 'breaking', path: 'Team.shortName', deprecatedInRelease: 'Use name' })]);
    expect(text).toContain('allowed: deprecated in the release ("Use name")');

    const withoutReason = supergraph(TEAMS.replace('shortName: String', 'shortName: String @deprecated'));
    expect((await check(withoutReason, supergraph(TEAMS.replace('shortName: String ', '')))).failing.map(({ path }) => path)).toEqual([
      'Team.shortName',
    ]);
    // Deprecating now does not count: only what the release announced.
    const deprecatedOnlyNow = await check(supergraph(TEAMS), supergraph(TEAMS.replace('shortName: String ', '')));
    expect(deprecatedOnlyNow.failing).toHaveLength(1);
  });

  it('lets a deprecated field’s own result type go with it, but not a type still reachable otherwise', async () => {
    const withLegacy = (query: string, extra: string) =>
      supergraph(`type Query { teams: [Team!]! ${query} }\n type Team @key(fields: "id") { id: ID! name: String! }\n${extra}`);
    const legacy = 'type LegacyReport { rows: [LegacyRow!]! } type LegacyRow { label: String! }';
    const released = withLegacy('legacyReport: LegacyReport @deprecated(reason: "Use Team.totalHours")', legacy);
    const { failing, changes } = await check(released, withLegacy('', ''));
    expect(failing).toEqual([]);
    expect(
      changes.filter(({ type }) => type === 'TYPE_REMOVED').map(({ path, deprecatedInRelease }) => [path, deprecatedInRelease]),
    ).toEqual([
      ['LegacyReport', 'Use Team.totalHours'],
      ['LegacyRow', 'Use Team.totalHours'],
    ]);

    const alsoUsedElsewhere = withLegacy('legacyReport: LegacyReport @deprecated(reason: "Use Team.totalHours") row: LegacyRow', legacy);
    expect((await check(alsoUsedElsewhere, withLegacy('', ''))).failing.map(({ type, path }) => [type, path])).toEqual([
      ['TYPE_REMOVED', 'LegacyRow'],
      ['FIELD_REMOVED', 'Query.row'],
    ]);
  });

  it('passes a new field, a new type, a new enum value and a new optional argument, and lists them', async () => {
    const current = supergraph(
      TEAMS.replace('teams(city: String)', 'teams(city: String, status: TeamStatus)').replace('ENDED', 'ENDED PAUSED') +
        '\n type Neighbourhood { name: String! }',
      'type Team @key(fields: "id") { id: ID! totalHours(year: Int!, theme: String): Float hoursPromise: Int }',
    );
    const { changes, failing, text } = await check(supergraph(TEAMS), current);
    expect(failing).toEqual([]);
    expect(changes.map(({ level, path }) => [level, path])).toEqual(
      expect.arrayContaining([
        ['dangerous', 'Query.teams.status'],
        ['dangerous', 'Team.totalHours.theme'],
        ['dangerous', 'TeamStatus.PAUSED'],
        ['safe', 'Team.hoursPromise'],
      ]),
    );
    expect(text).toContain("Field 'hoursPromise' was added to object type 'Team'");
  });

  it('fails on a new required argument, a narrowed argument type and a removed enum value', async () => {
    const current = supergraph(TEAMS.replace('teams(city: String)', 'teams(city: String!, region: String!)').replace(' ENDED', ''));
    const { failing } = await check(supergraph(TEAMS), current);
    expect(failing.map(({ type, path }) => [type, path])).toEqual([
      ['FIELD_ARGUMENT_TYPE_CHANGED', 'Query.teams.city'],
      ['FIELD_ARGUMENT_ADDED', 'Query.teams.region'],
      ['ENUM_VALUE_REMOVED', 'TeamStatus.ENDED'],
    ]);
  });

  it('compares what clients see, not how the subgraphs split it: a field that moves to another subgraph is no change', async () => {
    const released = supergraph(TEAMS);
    const moved = supergraph(
      TEAMS.replace('shortName: String ', ''),
      'type Team @key(fields: "id") { id: ID! totalHours(year: Int!): Float shortName: String }',
    );
    expect(released).not.toEqual(moved);
    expect((await check(released, moved)).changes).toEqual([]);
  });

  it('reads the committed release baseline as a supergraph', async () => {
    const released = readFileSync(join(__dirname, '..', '..', RELEASED_SUPERGRAPH_FILE), 'utf8');
    expect((await check(released, released)).changes).toEqual([]);
  });
});
