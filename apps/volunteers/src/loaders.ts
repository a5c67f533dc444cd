import { isUuid } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { Consent, type ConsentPurpose } from './consents/consent.entity';
import type { MunicipalAllowanceConsent, SocialAssistancePeriod } from './social-assistance/social-assistance.types';
import { VolunteerStatusChange } from './volunteers/status-change.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { LonelinessCheck, ParticipationMove } from './outcomes/outcome.entities';
import { WellbeingCheck } from './wellbeing/wellbeing-check.entity';

/** Per-request DataLoaders: one statement per batch. Erased volunteers are never loaded. */
export function createLoaders(dataSource: DataSource) {
  const byVolunteer = <T extends { volunteerId: string }>(rows: T[], ids: readonly string[]) =>
    groupInto(ids, rows, (row) => row.volunteerId);
  return {
    volunteer: new DataLoader<string, Volunteer | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Volunteer).findBy({ id: In(valid), erasedAt: IsNull() }) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    consents: new DataLoader<string, Consent[]>(async (ids) =>
      byVolunteer(await dataSource.getRepository(Consent).find({ where: { volunteerId: In([...ids]) }, order: { givenOn: 'ASC' } }), ids),
    ),
    activeConsents: new DataLoader<string, Set<ConsentPurpose>>(async (ids) => {
      const rows = await dataSource.getRepository(Consent).findBy({ volunteerId: In([...ids]), withdrawnOn: IsNull() });
      return byVolunteer(rows, ids).map((consents) => new Set(consents.map((consent) => consent.purpose)));
    }),
    wellbeingChecks: new DataLoader<string, WellbeingCheck[]>(async (ids) =>
      byVolunteer(
        await dataSource.getRepository(WellbeingCheck).find({ where: { volunteerId: In([...ids]) }, order: { takenOn: 'ASC', id: 'ASC' } }),
        ids,
      ),
    ),
    lonelinessChecks: new DataLoader<string, LonelinessCheck[]>(async (ids) =>
      byVolunteer(
        await dataSource
          .getRepository(LonelinessCheck)
          .find({ where: { volunteerId: In([...ids]) }, order: { takenOn: 'ASC', id: 'ASC' } }),
        ids,
      ),
    ),
    participationMoves: new DataLoader<string, ParticipationMove[]>(async (ids) =>
      byVolunteer(
        await dataSource
          .getRepository(ParticipationMove)
          .find({ where: { volunteerId: In([...ids]) }, order: { movedOn: 'ASC', id: 'ASC' } }),
        ids,
      ),
    ),
    /** Whether a person was ever placed in a team: until then, the team that registered them looks after them. */
    everPlaced: new DataLoader<string, boolean>(async (ids) => {
      const rows: { volunteerId: string }[] = await dataSource.query(
        'SELECT DISTINCT volunteer_id AS "volunteerId" FROM directory_memberships WHERE volunteer_id = ANY($1::uuid[])',
        [ids.filter(isUuid)],
      );
      const placed = new Set(rows.map((row) => row.volunteerId));
      return ids.map((id) => placed.has(id));
    }),
    statusChanges: new DataLoader<string, VolunteerStatusChange[]>(async (ids) =>
      byVolunteer(
        await dataSource
          .getRepository(VolunteerStatusChange)
          .find({ where: { volunteerId: In([...ids]) }, order: { on: 'ASC', from: { direction: 'ASC', nulls: 'FIRST' } } }),
        ids,
      ),
    ),
    /** Social assistance periods (sensitive: resolvers check who may see them first). */
    socialAssistance: new DataLoader<string, SocialAssistancePeriod[]>(async (ids) =>
      byVolunteer<SocialAssistancePeriod & { volunteerId: string }>(
        await dataSource.query(
          `SELECT volunteer_id AS "volunteerId", id, since::text AS since, until::text AS until, recorded_by_role = 'ADMIN' AS "recordedByAdmin"
             FROM social_assistance_periods WHERE volunteer_id = ANY($1::uuid[]) ORDER BY since, id`,
          [ids.filter(isUuid)],
        ),
        ids,
      ),
    ),
    municipalAllowanceConsents: new DataLoader<string, MunicipalAllowanceConsent[]>(async (ids) =>
      byVolunteer<MunicipalAllowanceConsent & { volunteerId: string }>(
        await dataSource.query(
          `SELECT volunteer_id AS "volunteerId", id, given_on::text AS "givenOn", municipality, reference
             FROM municipal_allowance_consents WHERE volunteer_id = ANY($1::uuid[]) ORDER BY given_on, id`,
          [ids.filter(isUuid)],
        ),
        ids,
      ),
    ),
  };
}

export type VolunteersLoaders = ReturnType<typeof createLoaders>;
