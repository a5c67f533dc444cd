import { todayInAmsterdam } from '@buurtvolk/domain';
import { nextEntityVersion, recordEvent } from '@buurtvolk/events';
import { type AuditTrail, badUserInput, conflict, forbidden } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { VolunteersPolicy } from '../policy';
import type { VolunteerService } from '../volunteers/volunteer.service';
import { publishOutcomeFiguresOf } from '../outcomes/outcome-figures';
import { publishWellbeingFiguresOf } from '../wellbeing/wellbeing-figures';
import { Consent, ConsentPurpose } from './consent.entity';

/** Consent per purpose, given and withdrawn on dated records; what depends on a purpose checks for an active one. */
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VolunteersPolicy,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Consent is the person's own: they give it, or an admin records the form they signed on paper (audited as such).
   * A coordinator cannot, since consent opens the person's contact details and wellbeing to that coordinator.
   */
  async give(volunteerId: string, purpose: ConsentPurpose, on = todayInAmsterdam()): Promise<Consent> {
    const relation = await this.policy.relation(await this.volunteers.visible(volunteerId));
    if (relation !== 'self' && relation !== 'admin')
      throw forbidden('Consent is given by the person themselves; an admin may record a form they signed');
    if (on > todayInAmsterdam())
      throw badUserInput('Consent cannot be given in the future', [{ field: 'on', message: 'must not be in the future' }]);
    return this.dataSource.transaction(async (manager) => {
      const active = await manager.findOneBy(Consent, { volunteerId, purpose, withdrawnOn: IsNull() });
      if (active) return active;
      const consent = manager.create(Consent, { id: randomUUID(), volunteerId, purpose, givenOn: on, withdrawnOn: null });
      await manager.save(consent);
      const action = relation === 'self' ? `consent.given.${purpose}` : `consent.recorded-from-signed-form.${purpose}`;
      await this.audit.record(manager, { action, entityType: 'Volunteer', entityId: volunteerId, relatedIds: [consent.id] });
      await this.wellbeingFiguresChanged(manager, volunteerId, purpose);
      await consentChanged(manager, volunteerId, purpose, true);
      return consent;
    });
  }

  async withdraw(volunteerId: string, purpose: ConsentPurpose, on = todayInAmsterdam()): Promise<Consent> {
    await this.policy.assertCanManage(await this.volunteers.visible(volunteerId), true);
    return this.dataSource.transaction(async (manager) => {
      const active = await manager.findOneBy(Consent, { volunteerId, purpose, withdrawnOn: IsNull() });
      if (!active) throw conflict(`There is no ${purpose} consent to withdraw`);
      if (on < active.givenOn)
        throw badUserInput(`on must not be before the consent was given (${active.givenOn})`, [
          { field: 'on', message: `must be on or after ${active.givenOn}` },
        ]);
      active.withdrawnOn = on;
      await manager.save(active);
      await this.audit.record(manager, {
        action: `consent.withdrawn.${purpose}`,
        entityType: 'Volunteer',
        entityId: volunteerId,
        relatedIds: [active.id],
      });
      await this.wellbeingFiguresChanged(manager, volunteerId, purpose);
      await consentChanged(manager, volunteerId, purpose, false);
      return active;
    });
  }

  /**
   * The wellbeing figures count only people with an active WELLBEING_MONITOR consent, over all their checks; the
   * outcome figures (loneliness, participation) likewise with LONELINESS_SCALE and PARTICIPATION_OUTCOMES.
   */
  private async wellbeingFiguresChanged(manager: EntityManager, volunteerId: string, purpose: ConsentPurpose): Promise<void> {
    if (purpose === ConsentPurpose.WELLBEING_MONITOR) await publishWellbeingFiguresOf(manager, volunteerId);
    if (purpose === ConsentPurpose.LONELINESS_SCALE || purpose === ConsentPurpose.PARTICIPATION_OUTCOMES)
      await publishOutcomeFiguresOf(manager, volunteerId);
  }
}

/**
 * Tells other services (activities: photos) the purpose's new state, in the transaction of the change. The version's
 * row lock orders concurrent changes of the same person and purpose, so the highest version is the latest state.
 */
async function consentChanged(manager: EntityManager, volunteerId: string, purpose: ConsentPurpose, given: boolean): Promise<void> {
  const version = await nextEntityVersion(manager, `consent:${volunteerId}:${purpose}`);
  await recordEvent(manager, 'volunteers', 'VolunteerConsentChanged', { volunteerId, purpose, given, version });
}
