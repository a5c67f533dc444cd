import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, forbidden } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { VolunteersPolicy } from '../policy';
import type { VolunteerService } from '../volunteers/volunteer.service';
import type { VolunteersLoaders } from '../loaders';
import { publishSocialAssistance } from './social-assistance-events';
import type { MunicipalAllowanceConsent, SocialAssistancePeriod } from './social-assistance.types';

const PERIOD_COLUMNS = `id, since::text AS since, until::text AS until, recorded_by_role = 'ADMIN' AS "recordedByAdmin"`;
const CONSENT_COLUMNS = `id, given_on::text AS "givenOn", municipality, reference`;

/**
 * "Receives social assistance (bijstand)": a fact about the person, recorded by them or by an admin, never by a
 * coordinator (it is sensitive, and coordinators may not even see it). Under 27 it limits what finance may pay
 * (Participatiewet art. 31), so every change is sent to finance, sealed, as SocialAssistanceChanged.
 */
export class SocialAssistanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VolunteersPolicy,
    private readonly volunteers: VolunteerService,
    private readonly loaders: VolunteersLoaders,
    private readonly audit: AuditTrail,
  ) {}

  async periods(volunteerId: string): Promise<SocialAssistancePeriod[]> {
    await this.assertMaySee(volunteerId);
    return this.loaders.socialAssistance.load(volunteerId);
  }

  async consents(volunteerId: string): Promise<MunicipalAllowanceConsent[]> {
    await this.assertMaySee(volunteerId);
    return this.loaders.municipalAllowanceConsents.load(volunteerId);
  }

  /** The person and admins; everyone else is refused (a coordinator too: they see other personal data, not this). */
  async assertMaySee(volunteerId: string): Promise<void> {
    const relation = await this.policy.relation(await this.volunteers.visible(volunteerId));
    if (relation !== 'self' && relation !== 'admin') throw forbidden('Only the person themselves and admins see social assistance');
  }

  async record(volunteerId: string, since: string): Promise<SocialAssistancePeriod> {
    const relation = await this.selfOrAdmin(volunteerId);
    return this.dataSource.transaction(async (manager) => {
      await lockPerson(manager, volunteerId);
      const [open] = await manager.query(
        `SELECT since::text AS since FROM social_assistance_periods WHERE volunteer_id = $1 AND until IS NULL`,
        [volunteerId],
      );
      if (open) throw conflict(`Social assistance since ${open.since} is still recorded; end it first`);
      const [overlap] = await manager.query(`SELECT 1 FROM social_assistance_periods WHERE volunteer_id = $1 AND until >= $2`, [
        volunteerId,
        since,
      ]);
      if (overlap)
        throw badUserInput('since overlaps an earlier period of social assistance', [
          { field: 'since', message: 'must be after earlier periods' },
        ]);
      const id = randomUUID();
      const [period] = await manager.query(
        `INSERT INTO social_assistance_periods (id, volunteer_id, since, recorded_by_role) VALUES ($1, $2, $3, $4) RETURNING ${PERIOD_COLUMNS}`,
        [id, volunteerId, since, relation === 'admin' ? 'ADMIN' : 'SELF'],
      );
      await this.audit.record(manager, {
        action: relation === 'admin' ? 'social-assistance.recorded-by-admin' : 'social-assistance.recorded',
        entityType: 'Volunteer',
        entityId: volunteerId,
        relatedIds: [id],
      });
      await publishSocialAssistance(manager, volunteerId);
      return period;
    });
  }

  async end(volunteerId: string, until: string): Promise<SocialAssistancePeriod> {
    await this.selfOrAdmin(volunteerId);
    return this.dataSource.transaction(async (manager) => {
      await lockPerson(manager, volunteerId);
      const [open] = await manager.query(
        `SELECT id, since::text AS since FROM social_assistance_periods WHERE volunteer_id = $1 AND until IS NULL`,
        [volunteerId],
      );
      if (!open) throw conflict('No social assistance is recorded as ongoing');
      if (until < open.since)
        throw badUserInput(`until must not be before the start (${open.since})`, [
          { field: 'until', message: `must be on or after ${open.since}` },
        ]);
      const [period] = await manager.query(`UPDATE social_assistance_periods SET until = $2 WHERE id = $1 RETURNING ${PERIOD_COLUMNS}`, [
        open.id,
        until,
      ]);
      await this.audit.record(manager, {
        action: 'social-assistance.ended',
        entityType: 'Volunteer',
        entityId: volunteerId,
        relatedIds: [open.id],
      });
      await publishSocialAssistance(manager, volunteerId);
      return period;
    });
  }

  /** Admins record the municipality's letter; the person cannot, since it lets finance pay them an allowance. */
  async recordConsent(input: {
    volunteerId: string;
    givenOn: string;
    municipality: string;
    reference?: string | null;
  }): Promise<MunicipalAllowanceConsent> {
    const relation = await this.policy.relation(await this.volunteers.visible(input.volunteerId));
    if (relation !== 'admin') throw forbidden("Only an admin records the municipality's written consent");
    if (input.givenOn > todayInAmsterdam())
      throw badUserInput('givenOn must not be in the future', [{ field: 'givenOn', message: 'must not be in the future' }]);
    const municipality = input.municipality.trim();
    if (!municipality) throw badUserInput('municipality is required', [{ field: 'municipality', message: 'must not be empty' }]);
    return this.dataSource.transaction(async (manager) => {
      await lockPerson(manager, input.volunteerId);
      const id = randomUUID();
      const [consent] = await manager.query(
        `INSERT INTO municipal_allowance_consents (id, volunteer_id, given_on, municipality, reference) VALUES ($1, $2, $3, $4, $5) RETURNING ${CONSENT_COLUMNS}`,
        [id, input.volunteerId, input.givenOn, municipality, input.reference?.trim() || null],
      );
      await this.audit.record(manager, {
        action: 'municipal-allowance-consent.recorded',
        entityType: 'Volunteer',
        entityId: input.volunteerId,
        relatedIds: [id],
      });
      await publishSocialAssistance(manager, input.volunteerId);
      return consent;
    });
  }

  private async selfOrAdmin(volunteerId: string): Promise<'self' | 'admin'> {
    const relation = await this.policy.relation(await this.volunteers.visible(volunteerId));
    if (relation !== 'self' && relation !== 'admin')
      throw forbidden('Social assistance is recorded by the person themselves or by an admin');
    return relation;
  }
}

async function lockPerson(manager: EntityManager, volunteerId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 11))', [`social-assistance:${volunteerId}`]);
}
