import { DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers, todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { MembershipEnded, MembershipStarted, PartnerAreasChanged, TeamPlaced } from '@buurtvolk/events';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What another service knows of the teams service: each team's place (neighbourhood, municipality, start), who is
 * in which team, and which neighbourhoods each partner serves. The teams service owns these facts and publishes
 * them as events; consumers keep this copy in their own database, so their access rules and figures never reach
 * into the teams database.
 */
export const CREATE_DIRECTORY_TEAMS_SQL = `
  CREATE TABLE directory_teams (
    team_id uuid PRIMARY KEY,
    neighbourhood_id uuid NOT NULL,
    municipality_code text NOT NULL,
    starts_on date NOT NULL
  );
  CREATE INDEX directory_teams_by_neighbourhood ON directory_teams (neighbourhood_id);
`;

const CREATE_MEMBERSHIPS_ONLY_SQL = `
  CREATE TABLE directory_memberships (
    membership_id uuid PRIMARY KEY,
    team_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    volunteer_id uuid NOT NULL,
    role text NOT NULL,
    from_date date NOT NULL,
    until_date date
  );
  CREATE INDEX directory_memberships_by_volunteer ON directory_memberships (volunteer_id);
  CREATE INDEX directory_memberships_by_team ON directory_memberships (team_id);
`;

/** Which neighbourhoods each partner serves; on its own for services that keep no memberships. */
export const CREATE_DIRECTORY_PARTNER_AREAS_SQL = `
  CREATE TABLE directory_partner_areas (
    partner_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    PRIMARY KEY (partner_id, neighbourhood_id)
  );
`;

/** Memberships and partner areas together, as the services that check membership create them. */
export const CREATE_DIRECTORY_MEMBERSHIPS_SQL = CREATE_MEMBERSHIPS_ONLY_SQL + CREATE_DIRECTORY_PARTNER_AREAS_SQL;

// The events' payloads are catalogued in libs/events; consumers of this library name them from here too.
export type { MembershipEnded, MembershipStarted, PartnerAreasChanged, TeamPlaced } from '@buurtvolk/events';

/** The teams service's events that keep a directory current. */
export const TEAM_DIRECTORY_EVENTS = ['TeamPlaced', 'MembershipStarted', 'MembershipEnded', 'PartnerAreasChanged'] as const;

/**
 * Event handlers that keep the directory current. Each is idempotent (events arrive at least once) and converges on
 * the latest state whatever order events arrive in: a place or partner areas only give way to a higher version,
 * and a membership that ended stays ended, also when its end is handled before its start.
 */
export const teamDirectoryHandlers = {
  TeamPlaced: async (event: TeamPlaced, manager: EntityManager) => {
    await manager.query(
      `INSERT INTO directory_teams AS t (team_id, neighbourhood_id, municipality_code, starts_on, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id) DO UPDATE SET neighbourhood_id = EXCLUDED.neighbourhood_id, municipality_code = EXCLUDED.municipality_code,
         starts_on = EXCLUDED.starts_on, version = EXCLUDED.version
       WHERE EXCLUDED.version >= t.version`,
      [event.teamId, event.neighbourhoodId, event.municipalityCode, event.startsOn, event.version ?? 0],
    );
  },
  MembershipStarted: async (event: MembershipStarted, manager: EntityManager) => {
    await manager.query(
      `INSERT INTO directory_memberships (membership_id, team_id, neighbourhood_id, volunteer_id, role, from_date, until_date)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT until_date FROM directory_membership_ends WHERE membership_id = $1))
       ON CONFLICT (membership_id) DO NOTHING`,
      [event.membershipId, event.teamId, event.neighbourhoodId, event.volunteerId, event.role, event.from],
    );
  },
  MembershipEnded: async (event: MembershipEnded, manager: EntityManager) => {
    // Kept also when the start has not arrived yet, so a late start is closed at once.
    await manager.query(
      `INSERT INTO directory_membership_ends (membership_id, until_date) VALUES ($1, $2) ON CONFLICT (membership_id) DO UPDATE SET until_date = EXCLUDED.until_date`,
      [event.membershipId, event.until],
    );
    await manager.query('UPDATE directory_memberships SET until_date = $2 WHERE membership_id = $1', [event.membershipId, event.until]);
  },
  PartnerAreasChanged: async (event: PartnerAreasChanged, manager: EntityManager) => {
    const newer = await manager.query(
      `INSERT INTO directory_partner_versions AS p (partner_id, version) VALUES ($1, $2)
       ON CONFLICT (partner_id) DO UPDATE SET version = EXCLUDED.version WHERE EXCLUDED.version >= p.version
       RETURNING partner_id`,
      [event.partnerId, event.version ?? 0],
    );
    if (!newer.length) return;
    await manager.query('DELETE FROM directory_partner_areas WHERE partner_id = $1', [event.partnerId]);
    await manager.query('INSERT INTO directory_partner_areas (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [
      event.partnerId,
      event.neighbourhoodIds,
    ]);
  },
};

/**
 * For each consuming service's migration: the versions and the early ends the handlers above keep, added to
 * whichever directory tables the service has.
 */
export function orderedTeamDirectoryMigration(timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `OrderedTeamDirectory${timestamp}`;
    async up(runner: QueryRunner): Promise<void> {
      await runner.query('ALTER TABLE directory_teams ADD COLUMN version bigint NOT NULL DEFAULT 0');
      await runner.query('CREATE TABLE directory_partner_versions (partner_id uuid PRIMARY KEY, version bigint NOT NULL)');
      // Impact keeps memberships in a table of its own, without the person.
      if (await runner.hasTable('directory_memberships')) {
        await runner.query('CREATE TABLE directory_membership_ends (membership_id uuid PRIMARY KEY, until_date date NOT NULL)');
      }
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.query('DROP TABLE IF EXISTS directory_membership_ends');
      await runner.query('DROP TABLE directory_partner_versions');
      await runner.query('ALTER TABLE directory_teams DROP COLUMN version');
    }
  };
}

export interface TeamPlace {
  teamId: string;
  neighbourhoodId: string;
  role: string;
}

export interface DirectoryTeam {
  teamId: string;
  neighbourhoodId: string;
  municipalityCode: string;
  startsOn: string;
}

/** Per-request lookups in the directory, batched (one statement per batch). */
export class TeamDirectory {
  readonly currentTeams: DataLoader<string, TeamPlace[]>;
  readonly partnerAreas: DataLoader<string, string[]>;
  readonly team: DataLoader<string, DirectoryTeam | null>;

  constructor(dataSource: DataSource) {
    const today = todayInAmsterdam();
    this.currentTeams = new DataLoader(async (volunteerIds) => {
      const rows: (TeamPlace & { volunteerId: string })[] = await dataSource.query(
        `SELECT volunteer_id AS "volunteerId", team_id AS "teamId", neighbourhood_id AS "neighbourhoodId", role
           FROM directory_memberships
          WHERE volunteer_id = ANY($1) AND from_date <= $2 AND (until_date IS NULL OR until_date >= $2)`,
        [volunteerIds, today],
      );
      return groupInto(volunteerIds, rows, (row) => row.volunteerId);
    });
    this.partnerAreas = new DataLoader(async (partnerIds) => {
      const rows: { partnerId: string; neighbourhoodId: string }[] = await dataSource.query(
        'SELECT partner_id AS "partnerId", neighbourhood_id AS "neighbourhoodId" FROM directory_partner_areas WHERE partner_id = ANY($1)',
        [partnerIds],
      );
      return groupInto(partnerIds, rows, (row) => row.partnerId).map((areas) => areas.map((row) => row.neighbourhoodId));
    });
    this.team = new DataLoader(async (teamIds) => {
      const rows: DirectoryTeam[] = await dataSource.query(
        `SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId", municipality_code AS "municipalityCode", starts_on::text AS "startsOn"
           FROM directory_teams WHERE team_id = ANY($1)`,
        [teamIds],
      );
      return groupInto(teamIds, rows, (row) => row.teamId).map((found) => found[0] ?? null);
    });
  }

  /** Whether the person was in the team on that date. */
  async wasMember(dataSource: DataSource | EntityManager, volunteerId: string, teamId: string, on: string): Promise<boolean> {
    const rows = await dataSource.query(
      `SELECT 1 FROM directory_memberships WHERE volunteer_id = $1 AND team_id = $2 AND from_date <= $3 AND (until_date IS NULL OR until_date >= $3) LIMIT 1`,
      [volunteerId, teamId, on],
    );
    return rows.length > 0;
  }
}

/** The directory as the teams service's demo data would fill it, for services seeding their demo data. */
export async function seedDemoDirectory(manager: EntityManager): Promise<void> {
  for (const place of DEMO_PLACES) {
    await teamDirectoryHandlers.TeamPlaced(
      {
        teamId: demoId(`team:${place.key}`),
        neighbourhoodId: demoId(`neighbourhood:${place.key}`),
        municipalityCode: place.code,
        startsOn: place.startsOn,
      },
      manager,
    );
  }
  for (const member of demoMembers()) {
    await teamDirectoryHandlers.MembershipStarted(
      {
        membershipId: demoId(`membership:${member.place.key}-${member.index}`),
        teamId: member.teamId,
        neighbourhoodId: member.neighbourhoodId,
        volunteerId: member.volunteerId,
        role: member.role,
        from: member.place.startsOn,
      },
      manager,
    );
  }
  for (const partner of DEMO_PARTNERS) {
    await teamDirectoryHandlers.PartnerAreasChanged(
      { partnerId: demoId(`partner:${partner.key}`), neighbourhoodIds: partner.serves.map((place) => demoId(`neighbourhood:${place}`)) },
      manager,
    );
  }
}
