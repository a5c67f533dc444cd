import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * What this service knows of the teams service: who is in which team (and that team's neighbourhood) and
 * which neighbourhoods each partner serves. The teams service owns these facts; its events keep this copy
 * current, so access rules and filters here never reach into another service's database.
 */
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

export const directoryHandlers = {
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

export class Directory {
  private readonly teamNeighbourhoods: DataLoader<string, string[]>;

  constructor(dataSource: DataSource) {
    this.teamNeighbourhoods = new DataLoader(async (teamIds) => {
      const rows: { teamId: string; neighbourhoodId: string }[] = await dataSource.query(
        'SELECT DISTINCT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_memberships WHERE team_id = ANY($1)',
        [teamIds],
      );
      return teamIds.map((id) => rows.filter((row) => row.teamId === id).map((row) => row.neighbourhoodId));
    });
  }

  neighbourhoodsOfTeam(teamId: string): Promise<string[]> {
    return this.teamNeighbourhoods.load(teamId);
  }
}
