import { serviceDatabaseName, serviceDatabaseUrl } from './database-urls';

describe('service databases', () => {
  it('gives each service its own database on the DATABASE_URL server', () => {
    expect(serviceDatabaseUrl('teams', { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' })).toBe(
      'postgres://postgres@127.0.0.1:5432/buurtvolk_teams',
    );
  });

  it('lets a service point at a database of its own', () => {
    expect(serviceDatabaseUrl('teams', { TEAMS_DATABASE_URL: 'postgres://db.internal/teams', DATABASE_URL: 'postgres://x/y' })).toBe(
      'postgres://db.internal/teams',
    );
  });

  it('says what to do when nothing is configured', () => {
    expect(() => serviceDatabaseUrl('teams', {})).toThrow(/npm start/);
    expect(() => serviceDatabaseName('teams; DROP DATABASE x')).toThrow(/Invalid service name/);
  });
});
