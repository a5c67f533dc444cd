import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import {
  type AuditTrail,
  badUserInput,
  type Connection,
  conflict,
  decodeCursor,
  forbidden,
  notFound,
  protectedCount,
  sealContact,
  toConnection,
  updateVersioned,
  VOLUNTEER_CONTACT_CHANGED,
} from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { VolunteersLoaders } from '../loaders';
import type { VolunteersPolicy } from '../policy';
import { publishSocialAssistance } from '../social-assistance/social-assistance-events';
import { outcomeTeamsOf, publishOutcomeFigures } from '../outcomes/outcome-figures';
import { publishWellbeingFiguresOf } from '../wellbeing/wellbeing-figures';
import { VolunteerStatusChange } from './status-change.entity';
import { assertNoProblems, checkedDetails } from './volunteer-details';
import { Volunteer, VolunteerStatus } from './volunteer.entity';
import type { ChangeVolunteerStatusInput, RegisterVolunteerInput, UpdateVolunteerInput, VolunteersArgs } from './volunteer.inputs';
import { normaliseTalents, statusChangeProblem } from './volunteer.rules';

export const SOURCE = 'volunteers';
/** What the person may change about themselves; the rest is for their coordinator. */
const SELF_SERVICE_FIELDS = new Set(['id', 'version', 'displayName', 'email', 'phone', 'languages', 'talents', 'availability']);

export class VolunteerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VolunteersPolicy,
    private readonly loaders: VolunteersLoaders,
    private readonly audit: AuditTrail,
  ) {}

  /** Volunteers by display name within the caller's scope, filtered, one page at a time. */
  async list({ first, after, team, neighbourhood, status, talent, search }: VolunteersArgs): Promise<Connection<Volunteer>> {
    const namePart = search === undefined || search === null ? undefined : namePattern(search);
    const scope = await this.policy.listScope();
    // Partners get the count only: no page of people, so no cursor or next page to walk them one by one.
    if (scope.neighbourhoodIds) {
      if (neighbourhood || status || talent || namePart)
        throw forbidden('Partners see how many people their teams have, per team or in all, without filters on people');
      return {
        edges: [],
        totalCount: await this.partnerCount(scope.neighbourhoodIds, team),
        pageInfo: { hasNextPage: false, endCursor: null },
      };
    }
    const today = todayInAmsterdam();
    const currentIn = (column: string, param: string) =>
      `EXISTS (SELECT 1 FROM directory_memberships m WHERE m.volunteer_id = v.id AND m.${column} = ANY(:${param}) AND m.from_date <= :today AND (m.until_date IS NULL OR m.until_date >= :today))`;
    const query = this.dataSource
      .getRepository(Volunteer)
      .createQueryBuilder('v')
      .where('v.erased_at IS NULL')
      .setParameter('today', today);
    if (scope.teamIds) {
      // The ids in scope, each kind found through its own index; an OR of the three conditions would read every volunteer.
      const allowed = [
        'SELECT m.volunteer_id FROM directory_memberships m WHERE m.team_id = ANY(:scopeTeams) AND m.from_date <= :today AND (m.until_date IS NULL OR m.until_date >= :today)',
      ];
      if (scope.includeRegisteredBy)
        allowed.push(
          'SELECT r.id FROM volunteers r WHERE r.registered_by_team_id = ANY(:scopeTeams) AND NOT EXISTS (SELECT 1 FROM directory_memberships p WHERE p.volunteer_id = r.id)',
        );
      if (scope.selfId) allowed.push('SELECT :selfId::uuid');
      query.andWhere(`v.id IN (${allowed.join(' UNION ALL ')})`, { scopeTeams: scope.teamIds, selfId: scope.selfId });
    }
    if (team) query.andWhere(currentIn('team_id', 'team'), { team: [team] });
    if (neighbourhood) query.andWhere('v.neighbourhood_id = :neighbourhood', { neighbourhood });
    if (status) query.andWhere('v.status = :status', { status });
    // Containment, which the GIN index on talents serves (`= ANY(v.talents)` it cannot).
    if (talent) query.andWhere('v.talents @> ARRAY[:talent]::text[]', { talent: normaliseTalents([talent])[0] ?? '' });
    if (namePart) {
      const names = this.policy.findsByPersonalName
        ? ['v.display_name', "concat_ws(' ', v.given_name, v.family_name)"]
        : ['v.display_name'];
      query.andWhere(`(${names.map((column) => `${foldAccents(column)} ILIKE ${foldAccents(':namePart')}`).join(' OR ')})`, { namePart });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(v.display_name, v.id) > (:name, :id::uuid)', { name, id });
    }
    const rows = await query
      .orderBy('v.display_name')
      .addOrderBy('v.id')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (volunteer) => [volunteer.displayName, volunteer.id]);
  }

  /**
   * How many people are in the teams a partner serves (or in one of them), by the platform's small-numbers rule over
   * the teams. Filters on people (status, talent, residence) would let a filtered count beside the unfiltered one
   * single someone out, so partners have none.
   */
  private async partnerCount(areas: string[], team: string | undefined): Promise<number> {
    const rows: { people: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT v.id)::int AS people
         FROM volunteers v JOIN directory_memberships m ON m.volunteer_id = v.id AND m.from_date <= $2 AND (m.until_date IS NULL OR m.until_date >= $2)
        WHERE v.erased_at IS NULL AND m.neighbourhood_id = ANY($1) AND ($3::uuid IS NULL OR m.team_id = $3)
        GROUP BY m.team_id`,
      [areas, todayInAmsterdam(), team ?? null],
    );
    // Hidden counts reach the client as null through the connection's totalCount.
    return protectedCount(rows.map((row) => row.people)) as number;
  }

  /** A volunteer the caller may see, or NOT_FOUND (also for an erased one, which can never be read back). */
  async visible(id: string): Promise<Volunteer> {
    const volunteer = await this.loaders.volunteer.load(id);
    if (!volunteer || !(await this.policy.canSee(volunteer))) throw notFound('volunteer', id);
    return volunteer;
  }

  async register(input: RegisterVolunteerInput): Promise<Volunteer> {
    this.policy.assertCanRegisterFor(input.teamId);
    const { teamId, joinedOn, ...details } = input;
    const { changes, problems } = checkedDetails(details);
    if (joinedOn > todayInAmsterdam()) problems.push({ field: 'joinedOn', message: 'must not be in the future' });
    assertNoProblems(problems);
    return this.dataSource.transaction((manager) => this.insert(manager, teamId, joinedOn, changes));
  }

  /** Imports checked rows of a spreadsheet in one transaction: all of them or, on any failure, none. */
  async importAll(teamId: string, rows: (Partial<Volunteer> & { joinedOn: string })[]): Promise<Volunteer[]> {
    this.policy.assertCanRegisterFor(teamId);
    return this.dataSource.transaction(async (manager) => {
      const imported: Volunteer[] = [];
      for (const { joinedOn, ...changes } of rows) imported.push(await this.insert(manager, teamId, joinedOn, changes));
      return imported;
    });
  }

  /** E-mail addresses (lower case) among `emails` that a volunteer already has. */
  async emailsInUse(emails: string[]): Promise<Set<string>> {
    if (!emails.length) return new Set();
    const rows: { email: string }[] = await this.dataSource.query(
      'SELECT lower(email) AS email FROM volunteers WHERE lower(email) = ANY($1)',
      [emails],
    );
    return new Set(rows.map((row) => row.email));
  }

  /** Which of these people (personKey: names and date of birth) a volunteer already is. */
  async peopleInUse(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT lower(regexp_replace(trim(given_name), '\\s+', ' ', 'g')) || '|' || lower(regexp_replace(trim(family_name), '\\s+', ' ', 'g')) || '|' || date_of_birth::text AS key
         FROM volunteers WHERE erased_at IS NULL AND date_of_birth = ANY($2::date[])
          AND lower(regexp_replace(trim(given_name), '\\s+', ' ', 'g')) || '|' || lower(regexp_replace(trim(family_name), '\\s+', ' ', 'g')) || '|' || date_of_birth::text = ANY($1)`,
      [keys, [...new Set(keys.map((key) => key.split('|')[2]))]],
    );
    return new Set(rows.map((row) => row.key));
  }

  private async insert(manager: EntityManager, teamId: string, joinedOn: string, changes: Partial<Volunteer>): Promise<Volunteer> {
    const volunteer = manager.create(Volunteer, {
      languages: [],
      talents: [],
      availability: [],
      ...changes,
      id: randomUUID(),
      status: VolunteerStatus.INTAKE,
      statusSince: joinedOn,
      joinedOn,
      registeredByTeamId: teamId,
      version: 1,
    });
    await manager.save(volunteer).catch(rethrowDuplicateEmail);
    await recordStatusChange(manager, volunteer.id, null, VolunteerStatus.INTAKE, joinedOn);
    await this.audit.record(manager, {
      action: 'volunteer.registered',
      entityType: 'Volunteer',
      entityId: volunteer.id,
      relatedIds: [teamId],
    });
    await recordEvent(manager, SOURCE, 'VolunteerRegistered', { volunteerId: volunteer.id, teamId });
    if (volunteer.email)
      await recordEvent(manager, SOURCE, VOLUNTEER_CONTACT_CHANGED, sealContact(volunteer.id, volunteer.version, volunteer.email));
    return volunteer;
  }

  async update({ id, version, ...details }: UpdateVolunteerInput): Promise<Volunteer> {
    const current = await this.visible(id);
    const relation = await this.policy.relation(current);
    if (relation === 'self') {
      const others = Object.keys(details).filter(
        (field) => (details as Record<string, unknown>)[field] !== undefined && !SELF_SERVICE_FIELDS.has(field),
      );
      if (others.length) throw forbidden(`Your coordinator changes ${others.join(', ')} for you`);
    } else {
      await this.policy.assertCanManage(current);
    }
    const { changes, problems } = checkedDetails(details, current);
    assertNoProblems(problems);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Volunteer, 'volunteer', id, version, changes).catch(rethrowDuplicateEmail);
      await this.audit.record(manager, { action: 'volunteer.updated', entityType: 'Volunteer', entityId: id });
      // The messages service keeps only the address it sends to; sealed on the queue.
      if ('email' in changes && (changes.email ?? null) !== (current.email ?? null))
        await recordEvent(manager, SOURCE, VOLUNTEER_CONTACT_CHANGED, sealContact(id, updated.version, updated.email ?? null));
      return updated;
    });
  }

  async changeStatus({ id, version, status, on }: ChangeVolunteerStatusInput): Promise<Volunteer> {
    const current = await this.visible(id);
    await this.policy.assertCanManage(current);
    const problem = statusChangeProblem(current.status, status);
    if (problem) throw badUserInput(`status ${problem}`, [{ field: 'status', message: problem }]);
    if (on < current.statusSince)
      throw badUserInput(`on must not be before the current status began (${current.statusSince})`, [
        { field: 'on', message: `must be on or after ${current.statusSince}` },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Volunteer, 'volunteer', id, version, { status, statusSince: on });
      await recordStatusChange(manager, id, current.status, status, on);
      await this.audit.record(manager, { action: 'volunteer.status-changed', entityType: 'Volunteer', entityId: id });
      await recordEvent(manager, SOURCE, 'VolunteerStatusChanged', { volunteerId: id, from: current.status, to: status, on });
      return updated;
    });
  }

  /**
   * Right to be forgotten: wipes every personal field, deletes consents, wellbeing checks and status history,
   * keeps a tombstone (id, erased_at) so that references stay dangling rather than pointing at someone else,
   * and tells the other services through VolunteerErased (and the impact figures through WellbeingFiguresChanged).
   */
  async erase(id: string): Promise<string> {
    const volunteer = await this.loaders.volunteer.load(id);
    if (!volunteer) throw notFound('volunteer', id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE volunteers SET display_name = '', given_name = NULL, family_name = NULL, email = NULL, phone = NULL, date_of_birth = NULL,
                postal_code = NULL, house_number = NULL, neighbourhood_id = NULL, languages = '{}', talents = '{}', availability = '{}',
                vog_status = 'NOT_REQUIRED', vog_valid_until = NULL, status = 'LEFT', erased_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND erased_at IS NULL`,
        [id],
      );
      for (const table of [
        'consents',
        'wellbeing_checks',
        'loneliness_checks',
        'check_reminders',
        'volunteer_status_changes',
        'social_assistance_periods',
        'municipal_allowance_consents',
      ])
        await manager.query(`DELETE FROM ${table} WHERE volunteer_id = $1`, [id]);
      // Finance keeps a copy of the social-assistance fact for its rules: the now empty state replaces it.
      await publishSocialAssistance(manager, id);
      // With their checks gone, their teams' figures no longer count them, in any year.
      await publishWellbeingFiguresOf(manager, id);
      // Their moves said which teams they counted for: found first, then deleted, then those teams recounted.
      const outcomeTeams = await outcomeTeamsOf(manager, id);
      await manager.query('DELETE FROM participation_moves WHERE volunteer_id = $1', [id]);
      await publishOutcomeFigures(manager, outcomeTeams);
      await this.audit.record(manager, { action: 'volunteer.erased', entityType: 'Volunteer', entityId: id });
      await recordEvent(manager, SOURCE, 'VolunteerErased', { volunteerId: id });
    });
    return id;
  }
}

/** Accented letters of Dutch and neighbouring names and the letter each is written as without its accent. */
const FOLDS: [string, string][] = [
  ['áàâäãåā', 'a'],
  ['éèêëē', 'e'],
  ['íìîïīı', 'i'],
  ['óòôöõøō', 'o'],
  ['úùûüū', 'u'],
  ['ýÿ', 'y'],
  ['ñ', 'n'],
  ['ç', 'c'],
  ['š', 's'],
  ['ž', 'z'],
  ['ł', 'l'],
  ['ÁÀÂÄÃÅĀ', 'A'],
  ['ÉÈÊËĒ', 'E'],
  ['ÍÌÎÏĪ', 'I'],
  ['ÓÒÔÖÕØŌ', 'O'],
  ['ÚÙÛÜŪ', 'U'],
  ['ÝŸ', 'Y'],
  ['Ñ', 'N'],
  ['Ç', 'C'],
  ['Š', 'S'],
  ['Ž', 'Z'],
  ['Ł', 'L'],
];
const ACCENTED = FOLDS.map(([letters]) => letters).join('');
const PLAIN = FOLDS.map(([letters, plain]) => plain.repeat([...letters].length)).join('');

/** A SQL expression without the accents of Dutch and neighbouring names, so "Renee" finds "Renée" (unaccent may not be installed). */
function foldAccents(expression: string): string {
  return `translate(${expression}, '${ACCENTED}', '${PLAIN}')`;
}

/** The ILIKE pattern for a name search: trimmed, 2 to 100 characters, with %, _ and \ meaning themselves. */
export function namePattern(search: string): string {
  const words = search.trim().replace(/\s+/g, ' ');
  if (words.length < 2 || words.length > 100)
    throw badUserInput('search must be 2 to 100 characters', [{ field: 'search', message: 'must be 2 to 100 characters' }]);
  return `%${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

async function recordStatusChange(
  manager: EntityManager,
  volunteerId: string,
  from: VolunteerStatus | null,
  to: VolunteerStatus,
  on: string,
): Promise<void> {
  await manager.insert(VolunteerStatusChange, { id: randomUUID(), volunteerId, from, to, on });
}

function rethrowDuplicateEmail(error: unknown): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict('Another volunteer already has this e-mail address');
  throw error;
}
