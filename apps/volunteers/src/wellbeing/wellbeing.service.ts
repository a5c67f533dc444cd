import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, groupInto, protectedCount } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConsentPurpose } from '../consents/consent.entity';
import type { VolunteersLoaders } from '../loaders';
import type { VolunteersPolicy } from '../policy';
import type { VolunteerService } from '../volunteers/volunteer.service';
import { CHECK_COLUMNS, WellbeingCheck } from './wellbeing-check.entity';
import { publishWellbeingFiguresOf } from './wellbeing-figures';
import type { RecordWellbeingCheckInput } from './wellbeing.inputs';
import { type DomainChange, groupChange } from './wellbeing.rules';

export interface WellbeingSummary {
  /** People with two or more checks; null when hidden (fewer than 10 for those who see suppressed figures). */
  people: number | null;
  domains: DomainChange[] | null;
}

type Grouping = 'team_id' | 'neighbourhood_id';

export class WellbeingService {
  /** Checks of consenting current members, per team or per neighbourhood: one statement per batch. */
  private readonly checksBy: Record<Grouping, DataLoader<string, { teamId: string; checks: WellbeingCheck[] }[]>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VolunteersPolicy,
    private readonly loaders: VolunteersLoaders,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditTrail,
  ) {
    this.checksBy = { team_id: this.groupLoader('team_id'), neighbourhood_id: this.groupLoader('neighbourhood_id') };
  }

  async record(input: RecordWellbeingCheckInput): Promise<WellbeingCheck> {
    const volunteer = await this.volunteers.visible(input.volunteerId);
    await this.policy.assertCanManage(volunteer, true);
    if (!(await this.loaders.activeConsents.load(volunteer.id)).has(ConsentPurpose.WELLBEING_MONITOR)) {
      throw badUserInput('Wellbeing checks need the person’s WELLBEING_MONITOR consent', [
        { field: 'volunteerId', message: 'has not given WELLBEING_MONITOR consent' },
      ]);
    }
    if (input.takenOn > todayInAmsterdam())
      throw badUserInput('takenOn must not be in the future', [{ field: 'takenOn', message: 'must not be in the future' }]);
    return this.dataSource.transaction(async (manager) => {
      const check = manager.create(WellbeingCheck, { ...input, remark: input.remark?.trim() || null, id: randomUUID() });
      await manager.save(check);
      await this.audit.record(manager, {
        action: 'wellbeing.recorded',
        entityType: 'Volunteer',
        entityId: volunteer.id,
        relatedIds: [check.id],
      });
      await publishWellbeingFiguresOf(manager, volunteer.id);
      return check;
    });
  }

  /**
   * A group's change per domain. Suppressed figures follow the platform's small-numbers rule over the group's teams,
   * so a neighbourhood is hidden when it minus its visible teams would give away a small team's scores.
   */
  async summary(grouping: Grouping, key: string, access: 'raw' | 'suppressed'): Promise<WellbeingSummary> {
    const people = await this.checksBy[grouping].load(key);
    const { people: count, domains } = groupChange(people.map((person) => person.checks));
    if (access === 'raw') return { people: count, domains };
    const byTeam = groupInto([...new Set(people.map((person) => person.teamId))], people, (person) => person.teamId);
    const shown = protectedCount(byTeam.map((team) => groupChange(team.map((person) => person.checks)).people));
    return shown === null ? { people: null, domains: null } : { people: count, domains };
  }

  private groupLoader(grouping: Grouping) {
    return new DataLoader<string, { teamId: string; checks: WellbeingCheck[] }[]>(async (keys) => {
      const rows: (WellbeingCheck & { groupKey: string; teamId: string })[] = await this.dataSource.query(
        `SELECT m.${grouping} AS "groupKey", m.team_id AS "teamId", ${CHECK_COLUMNS}
           FROM wellbeing_checks w
           JOIN directory_memberships m ON m.volunteer_id = w.volunteer_id AND m.from_date <= $2 AND (m.until_date IS NULL OR m.until_date >= $2)
          WHERE m.${grouping} = ANY($1)
            AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = w.volunteer_id AND c.purpose = 'WELLBEING_MONITOR' AND c.withdrawn_on IS NULL)`,
        [keys, todayInAmsterdam()],
      );
      return groupInto(keys, rows, (row) => row.groupKey).map((checks) => {
        const people = [...new Set(checks.map((check) => check.volunteerId))];
        return groupInto(people, checks, (check) => check.volunteerId).map((own) => ({ teamId: own[0].teamId, checks: own }));
      });
    });
  }
}
