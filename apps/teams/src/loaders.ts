import { isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { TeamCoach } from './coaches/team-coach.entity';
import { Membership } from './memberships/membership.entity';
import { Neighbourhood } from './neighbourhoods/neighbourhood.entity';
import { Partner } from './partners/partner.entity';
import { FollowUpMeasurement, TeamChecklistTick, TeamPhaseChange, TeamYearlyReview } from './path/team-path.entity';
import { proposalLoaders } from './proposals/team-proposal.loaders';
import { recruitmentLoaders } from './recruitment/recruitment.loaders';
import { scanLoaders } from './scans/neighbourhood-scan.loaders';
import { Team } from './teams/team.entity';

/** Per-request DataLoaders: every relation field and entity reference costs one statement per batch. */
export function createLoaders(dataSource: DataSource) {
  const today = todayInAmsterdam();
  return {
    neighbourhood: byIdLoader(dataSource, Neighbourhood),
    team: byIdLoader(dataSource, Team),
    partner: byIdLoader(dataSource, Partner),
    currentMembershipsOfTeam: new DataLoader<string, Membership[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(Membership)
        .createQueryBuilder('m')
        .where('m.team_id = ANY(:teamIds)', { teamIds })
        .andWhere('m.from_date <= :today AND (m.until_date IS NULL OR m.until_date >= :today)', { today })
        .orderBy('m.from_date')
        .addOrderBy('m.id')
        .getMany();
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    allMembershipsOfTeam: new DataLoader<string, Membership[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(Membership)
        .find({ where: { teamId: In([...teamIds]) }, order: { from: 'ASC', id: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    currentCoachesOfTeam: new DataLoader<string, TeamCoach[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(TeamCoach)
        .createQueryBuilder('c')
        .where('c.team_id = ANY(:teamIds)', { teamIds })
        .andWhere('c.from_date <= :today AND (c.until_date IS NULL OR c.until_date >= :today)', { today })
        .orderBy('c.from_date')
        .addOrderBy('c.id')
        .getMany();
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    allCoachesOfTeam: new DataLoader<string, TeamCoach[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(TeamCoach)
        .find({ where: { teamId: In([...teamIds]) }, order: { from: 'ASC', id: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    membershipsOfVolunteer: new DataLoader<string, Membership[]>(async (volunteerIds) => {
      const valid = volunteerIds.filter(isUuid);
      const rows = valid.length
        ? await dataSource.getRepository(Membership).find({ where: { volunteerId: In(valid) }, order: { from: 'ASC', id: 'ASC' } })
        : [];
      return groupInto(volunteerIds, rows, (row) => row.volunteerId);
    }),
    teamsInNeighbourhood: new DataLoader<string, Team[]>(async (neighbourhoodIds) => {
      const rows = await dataSource
        .getRepository(Team)
        .find({ where: { neighbourhoodId: In([...neighbourhoodIds]) }, order: { name: 'ASC' } });
      return groupInto(neighbourhoodIds, rows, (row) => row.neighbourhoodId);
    }),
    partnerIdsServingNeighbourhood: new DataLoader<string, string[]>(async (neighbourhoodIds) => {
      const links: { partner_id: string; neighbourhood_id: string }[] = await dataSource.query(
        `SELECT pn.partner_id, pn.neighbourhood_id FROM partner_neighbourhoods pn JOIN partners p ON p.id = pn.partner_id
         WHERE pn.neighbourhood_id = ANY($1) ORDER BY p.name`,
        [neighbourhoodIds],
      );
      return groupInto(neighbourhoodIds, links, (link) => link.neighbourhood_id).map((group) => group.map((link) => link.partner_id));
    }),
    neighbourhoodIdsServedByPartner: new DataLoader<string, string[]>(async (partnerIds) => {
      const links: { partner_id: string; neighbourhood_id: string }[] = await dataSource.query(
        `SELECT pn.partner_id, pn.neighbourhood_id FROM partner_neighbourhoods pn JOIN neighbourhoods n ON n.id = pn.neighbourhood_id
         WHERE pn.partner_id = ANY($1) ORDER BY n.city, n.name`,
        [partnerIds],
      );
      return groupInto(partnerIds, links, (link) => link.partner_id).map((group) => group.map((link) => link.neighbourhood_id));
    }),
    // A team's 4 to 6 year path (path/team-path.service.ts).
    phaseHistory: new DataLoader<string, TeamPhaseChange[]>(async (teamIds) => {
      const rows = await dataSource.getRepository(TeamPhaseChange).find({ where: { teamId: In([...teamIds]) }, order: { seq: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    checklistTicks: new DataLoader<string, TeamChecklistTick[]>(async (teamIds) =>
      groupInto(teamIds, await dataSource.getRepository(TeamChecklistTick).findBy({ teamId: In([...teamIds]) }), (row) => row.teamId),
    ),
    followUpMeasurements: new DataLoader<string, FollowUpMeasurement[]>(async (teamIds) =>
      groupInto(teamIds, await dataSource.getRepository(FollowUpMeasurement).findBy({ teamId: In([...teamIds]) }), (row) => row.teamId),
    ),
    /** Keyed `teamId:year`. */
    yearlyReview: new DataLoader<string, TeamYearlyReview | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: TeamYearlyReview[] = await dataSource
        .getRepository(TeamYearlyReview)
        .createQueryBuilder('r')
        .where('(r.team_id, r.year) IN (SELECT * FROM unnest(:teamIds::uuid[], :years::int[]))', {
          teamIds: pairs.map(([teamId]) => teamId),
          years: pairs.map(([, year]) => Number(year)),
        })
        .getMany();
      const byKey = new Map(rows.map((row) => [`${row.teamId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    // Deciding together (proposals/team-proposal.service.ts).
    ...proposalLoaders(dataSource),
    // Neighbourhood scans and recruitment (scans/, recruitment/).
    ...scanLoaders(dataSource),
    ...recruitmentLoaders(dataSource),
  };
}

export type TeamsLoaders = ReturnType<typeof createLoaders>;
