import { isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { Consent, type ConsentPurpose } from './consents/consent.entity';
import { VolunteerStatusChange } from './volunteers/status-change.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { WellbeingCheck } from './wellbeing/wellbeing-check.entity';

export interface TeamPlace {
  teamId: string;
  neighbourhoodId: string;
  role: string;
}

/** Per-request DataLoaders: one statement per batch. Erased volunteers are never loaded. */
export function createLoaders(dataSource: DataSource) {
  const today = todayInAmsterdam();
  const byVolunteer = <T extends { volunteerId: string }>(rows: T[], ids: readonly string[]) => ids.map((id) => rows.filter((row) => row.volunteerId === id));
  return {
    volunteer: new DataLoader<string, Volunteer | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Volunteer).findBy({ id: In(valid), erasedAt: IsNull() }) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Current teams of each volunteer, from the directory the teams service keeps current through its events. */
    currentTeams: new DataLoader<string, TeamPlace[]>(async (ids) => {
      const rows: (TeamPlace & { volunteerId: string })[] = await dataSource.query(
        `SELECT volunteer_id AS "volunteerId", team_id AS "teamId", neighbourhood_id AS "neighbourhoodId", role
           FROM directory_memberships
          WHERE volunteer_id = ANY($1) AND from_date <= $2 AND (until_date IS NULL OR until_date >= $2)`,
        [ids, today],
      );
      return byVolunteer(rows, ids);
    }),
    partnerAreas: new DataLoader<string, string[]>(async (partnerIds) => {
      const rows: { partnerId: string; neighbourhoodId: string }[] = await dataSource.query(
        'SELECT partner_id AS "partnerId", neighbourhood_id AS "neighbourhoodId" FROM directory_partner_areas WHERE partner_id = ANY($1)',
        [partnerIds],
      );
      return partnerIds.map((id) => rows.filter((row) => row.partnerId === id).map((row) => row.neighbourhoodId));
    }),
    consents: new DataLoader<string, Consent[]>(async (ids) =>
      byVolunteer(await dataSource.getRepository(Consent).find({ where: { volunteerId: In([...ids]) }, order: { givenOn: 'ASC' } }), ids),
    ),
    activeConsents: new DataLoader<string, Set<ConsentPurpose>>(async (ids) => {
      const rows = await dataSource.getRepository(Consent).findBy({ volunteerId: In([...ids]), withdrawnOn: IsNull() });
      return byVolunteer(rows, ids).map((consents) => new Set(consents.map((consent) => consent.purpose)));
    }),
    wellbeingChecks: new DataLoader<string, WellbeingCheck[]>(async (ids) =>
      byVolunteer(await dataSource.getRepository(WellbeingCheck).find({ where: { volunteerId: In([...ids]) }, order: { takenOn: 'ASC', id: 'ASC' } }), ids),
    ),
    statusChanges: new DataLoader<string, VolunteerStatusChange[]>(async (ids) =>
      byVolunteer(await dataSource.getRepository(VolunteerStatusChange).find({ where: { volunteerId: In([...ids]) }, order: { on: 'ASC', from: { direction: 'ASC', nulls: 'FIRST' } } }), ids),
    ),
  };
}

export type VolunteersLoaders = ReturnType<typeof createLoaders>;
