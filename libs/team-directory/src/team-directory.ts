import { DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers, todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

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

export interface TeamPlaced {
  teamId: string;
  neighbourhoodId: string;
  municipalityCode: string;
  startsOn: string;
}

export interface MembershipStarted {
  membershipId: string;
  teamId: string;
  neighbourhoodId: string;
  volunteerId: string;
  role: string;
  from: string;
}

export interface MembershipEnded {
  membershipId: string;
  until: string;
}

export interface PartnerAreasChanged {
  partnerId: string;
  neighbourhoodIds: string[];
}

/** Event handlers that keep the directory current; each is idempotent as well (events arrive at least once). */
export const teamDirectoryHandlers = {
  TeamPlaced: async (event: TeamPlaced, manager: EntityManager) => {
    await manager.query(
      `INSERT INTO directory_teams (team_id, neighbourhood_id, municipality_code, starts_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (team_id) DO UPDATE SET neighbourhood_id = EXCLUDED.neighbourhood_id, municipality_code = EXCLUDED.municipality_code, starts_on = EXCLUDED.starts_on`,
      [event.teamId, event.neighbourhoodId, event.municipalityCode, event.startsOn],
    );
  },
  MembershipStarted: async (event: MembershipStarted, manager: EntityManager) => {
    await manager.query(
      `INSERT INTO directory_memberships (membership_id, team_id, neighbourhood_id, volunteer_id, role, from_date)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (membership_id) DO NOTHING`,
      [event.membershipId, event.teamId, event.neighbourhoodId, event.volunteerId, event.role, event.from],
    );
  },
  MembershipEnded: async (event: MembershipEnded, manager: EntityManager) => {
    await manager.query('UPDATE directory_memberships SET until_date = $2 WHERE membership_id = $1', [event.membershipId, event.until]);
  },
  PartnerAreasChanged: async (event: PartnerAreasChanged, manager: EntityManager) => {
    await manager.query('DELETE FROM directory_partner_areas WHERE partner_id = $1', [event.partnerId]);
    await manager.query('INSERT INTO directory_partner_areas (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [event.partnerId, event.neighbourhoodIds]);
  },
};

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
    await teamDirectoryHandlers.TeamPlaced({ teamId: demoId(`team:${place.key}`), neighbourhoodId: demoId(`neighbourhood:${place.key}`), municipalityCode: place.code, startsOn: place.startsOn }, manager);
  }
  for (const member of demoMembers()) {
    await teamDirectoryHandlers.MembershipStarted(
      { membershipId: demoId(`membership:${member.place.key}-${member.index}`), teamId: member.teamId, neighbourhoodId: member.neighbourhoodId, volunteerId: member.volunteerId, role: member.role, from: member.place.startsOn },
      manager,
    );
  }
  for (const partner of DEMO_PARTNERS) {
    await teamDirectoryHandlers.PartnerAreasChanged({ partnerId: demoId(`partner:${partner.key}`), neighbourhoodIds: partner.serves.map((place) => demoId(`neighbourhood:${place}`)) }, manager);
  }
}
