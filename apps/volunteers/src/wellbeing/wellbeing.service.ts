import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, MIN_CELL_SIZE } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConsentPurpose } from '../consents/consent.entity';
import type { VolunteersLoaders } from '../loaders';
import type { VolunteersPolicy } from '../policy';
import type { VolunteerService } from '../volunteers/volunteer.service';
import { WellbeingCheck } from './wellbeing-check.entity';
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
  private readonly checksBy: Record<Grouping, DataLoader<string, WellbeingCheck[][]>>;

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
      throw badUserInput('Wellbeing checks need the person’s WELLBEING_MONITOR consent', [{ field: 'volunteerId', message: 'has not given WELLBEING_MONITOR consent' }]);
    }
    if (input.takenOn > todayInAmsterdam()) throw badUserInput('takenOn must not be in the future', [{ field: 'takenOn', message: 'must not be in the future' }]);
    return this.dataSource.transaction(async (manager) => {
      const check = manager.create(WellbeingCheck, { ...input, remark: input.remark?.trim() || null, id: randomUUID() });
      await manager.save(check);
      await this.audit.record(manager, { action: 'wellbeing.recorded', entityType: 'Volunteer', entityId: volunteer.id, relatedIds: [check.id] });
      await publishWellbeingFiguresOf(manager, volunteer.id);
      return check;
    });
  }

  async summary(grouping: Grouping, key: string, access: 'raw' | 'suppressed'): Promise<WellbeingSummary> {
    const { people, domains } = groupChange(await this.checksBy[grouping].load(key));
    if (access === 'suppressed' && people < MIN_CELL_SIZE) return { people: null, domains: null };
    return { people, domains };
  }

  private groupLoader(grouping: Grouping) {
    return new DataLoader<string, WellbeingCheck[][]>(async (keys) => {
      const today = todayInAmsterdam();
      const rows: (WellbeingCheck & { groupKey: string })[] = await this.dataSource
        .getRepository(WellbeingCheck)
        .createQueryBuilder('w')
        .innerJoin('directory_memberships', 'm', 'm.volunteer_id = w.volunteer_id AND m.from_date <= :today AND (m.until_date IS NULL OR m.until_date >= :today)', { today })
        .innerJoin('consents', 'c', `c.volunteer_id = w.volunteer_id AND c.purpose = 'WELLBEING_MONITOR' AND c.withdrawn_on IS NULL`)
        .where(`m.${grouping} = ANY(:keys)`, { keys })
        .addSelect(`m.${grouping}`, 'group_key')
        .getRawAndEntities()
        .then(({ raw, entities }) => entities.map((entity, i) => Object.assign(entity, { groupKey: raw[i].group_key as string })));
      return keys.map((key) => {
        const byPerson = new Map<string, WellbeingCheck[]>();
        for (const row of rows.filter((candidate) => candidate.groupKey === key)) byPerson.set(row.volunteerId, [...(byPerson.get(row.volunteerId) ?? []), row]);
        return [...byPerson.values()];
      });
    });
  }
}
