import { addYears, DEMO_PLACES, demoId, demoMembers, type DemoMember, todayInAmsterdam } from '@buurtvolk/domain';
import { seedDemoDirectory } from '@buurtvolk/team-directory';
import { type Logger, sealContact, VOLUNTEER_CONTACT_CHANGED } from '@buurtvolk/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { ConsentPurpose } from './consents/consent.entity';
import { VogStatus, VolunteerStatus } from './volunteers/volunteer.entity';
import { SOURCE } from './volunteers/volunteer.service';
import { WELLBEING_FIGURES_CHANGED, wellbeingFigures } from './wellbeing/wellbeing-figures';
import { seedDemoOutcomes } from './outcomes/outcome-demo-data';

const GIVEN_NAMES = [
  'Fatima',
  'Jan',
  'Aylin',
  'Mohamed',
  'Sanne',
  'Kofi',
  'Priya',
  'Henk',
  'Naima',
  'Dewi',
  'Ricardo',
  'Els',
  'Youssef',
  'Marieke',
  'Tariq',
  'Ineke',
  'Chen',
  'Joyce',
  'Emre',
  'Wilma',
];
const FAMILY_NAMES = [
  'Bakker',
  'El Amrani',
  'Yilmaz',
  'de Vries',
  'Mensah',
  'Jansen',
  'Pinas',
  'van Dijk',
  'Kartosen',
  'Öztürk',
  'Visser',
  'Boateng',
  'de Jong',
  'Wijngaarde',
  'Smit',
];
const TALENTS = [
  'cooking',
  'gardening',
  'bike repair',
  'languages',
  'sewing',
  'computers',
  'listening',
  'music',
  'carpentry',
  'administration',
  'sports',
  'childcare',
];
const LANGUAGES = ['Nederlands', 'Arabisch', 'Turks', 'Engels', 'Papiaments', 'Berbers', 'Pools', 'Sranantongo'];
const POSTAL_PREFIX: Record<string, string> = { Rotterdam: '30', 'Den Haag': '25', Leiden: '23', Rijswijk: '22', Dordrecht: '33' };

/** A stable number from a text, so demo data is the same on every machine. */
function pick(seed: string, modulo: number): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return Math.abs(hash) % modulo;
}

/** Volunteers for every member of the demo teams, with consents, wellbeing histories and the directory of teams. */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE volunteers IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM volunteers'))[0].n) > 0) return;
    const today = todayInAmsterdam();
    const members = demoMembers();
    for (const member of members) await insertVolunteer(manager, member, today);
    await seedDemoDirectory(manager);
    await recordDemoFigures(manager, today);
    await seedDemoOutcomes(manager, members, today);
    await recordDemoContacts(manager);
    logger.info({ volunteers: members.length, teams: DEMO_PLACES.length }, 'demo data loaded');
  });
}

async function insertVolunteer(manager: EntityManager, member: DemoMember, today: string): Promise<void> {
  const key = `${member.place.key}-${member.index}`;
  const givenName = GIVEN_NAMES[pick(`${key}:given`, GIVEN_NAMES.length)];
  const familyName = FAMILY_NAMES[pick(`${key}:family`, FAMILY_NAMES.length)];
  const joinedOn = member.place.startsOn <= today ? member.place.startsOn : today;
  const status = member.place.status === 'FORMING' ? VolunteerStatus.INTAKE : VolunteerStatus.ACTIVE;
  const talents = [TALENTS[pick(`${key}:t1`, TALENTS.length)], TALENTS[pick(`${key}:t2`, TALENTS.length)]];
  const languages = ['Nederlands', LANGUAGES[pick(`${key}:lang`, LANGUAGES.length)]];
  const postalCode = `${POSTAL_PREFIX[member.place.city]}${String(10 + pick(`${key}:pc`, 89)).padStart(2, '0')} ${'ABCDEGHJKL'[pick(`${key}:l1`, 10)]}${'MNPRTVWXZ'[pick(`${key}:l2`, 9)]}`;
  await manager.query(
    `INSERT INTO volunteers (id, display_name, given_name, family_name, email, phone, date_of_birth, postal_code, house_number, neighbourhood_id,
                             languages, talents, availability, status, status_since, joined_on, vog_status, vog_valid_until, registered_by_team_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      member.volunteerId,
      `${givenName} ${familyName.split(' ').pop()![0]}.`,
      givenName,
      familyName,
      `${givenName.toLowerCase()}.${member.place.key}${member.index}@example.org`,
      `+316${String(10_000_000 + pick(`${key}:phone`, 89_999_999))}`,
      `${1950 + pick(`${key}:born`, 55)}-${String(1 + pick(`${key}:month`, 12)).padStart(2, '0')}-${String(1 + pick(`${key}:day`, 28)).padStart(2, '0')}`,
      postalCode,
      String(1 + pick(`${key}:house`, 180)),
      member.neighbourhoodId,
      [...new Set(languages)],
      [...new Set(talents)],
      ['TUESDAY:MORNING', pick(`${key}:avail`, 2) ? 'THURSDAY:EVENING' : 'SATURDAY:AFTERNOON'],
      status,
      joinedOn,
      joinedOn,
      member.role === 'COORDINATOR' ? VogStatus.VALID : VogStatus.NOT_REQUIRED,
      member.role === 'COORDINATOR' ? addYears(today, 2) : null,
      member.teamId,
    ],
  );
  await manager.query(
    `INSERT INTO volunteer_status_changes (id, volunteer_id, from_status, to_status, changed_on) VALUES ($1, $2, NULL, 'INTAKE', $3)`,
    [demoId(`status:${key}:intake`), member.volunteerId, joinedOn],
  );
  if (status === VolunteerStatus.ACTIVE) {
    await manager.query(
      `INSERT INTO volunteer_status_changes (id, volunteer_id, from_status, to_status, changed_on) VALUES ($1, $2, 'INTAKE', 'ACTIVE', $3)`,
      [demoId(`status:${key}:active`), member.volunteerId, joinedOn],
    );
  }
  await manager.query(`INSERT INTO consents (id, volunteer_id, purpose, given_on) VALUES ($1, $2, $3, $4)`, [
    demoId(`consent:${key}:contact`),
    member.volunteerId,
    ConsentPurpose.CONTACT,
    joinedOn,
  ]);
  // Most residents join the wellbeing monitor; some do not, so figures show who is counted.
  if (pick(`${key}:monitor`, 7) === 0) return;
  await manager.query(`INSERT INTO consents (id, volunteer_id, purpose, given_on) VALUES ($1, $2, $3, $4)`, [
    demoId(`consent:${key}:monitor`),
    member.volunteerId,
    ConsentPurpose.WELLBEING_MONITOR,
    joinedOn,
  ]);
  const base = 3 + pick(`${key}:base`, 4);
  for (const [check, takenOn] of checkDates(key, joinedOn, today).entries()) {
    const score = (domain: string) => Math.min(10, base + Math.floor((check * (1 + pick(`${key}:${domain}`, 3))) / 2));
    await manager.query(
      `INSERT INTO wellbeing_checks (id, volunteer_id, taken_on, language, social_network, meaning, daily_life, home_situation, mental_health, physical_health, financial_health)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        demoId(`wellbeing:${key}:${check}`),
        member.volunteerId,
        takenOn,
        ...['language', 'social', 'meaning', 'daily', 'home', 'mental', 'physical', 'financial'].map(score),
      ],
    );
  }
}

/**
 * An intake on joining, then a check every six months counted back from a recent one: the latest falls in the
 * current year whatever day the demo is loaded, so the year's figures always have people in them. A follow-up comes
 * at least three months after the intake, so a team that has only just started has intakes only.
 */
function checkDates(key: string, joinedOn: string, today: string): string[] {
  const [daysAgo, newYear] = [addDays(today, -pick(`${key}:recent`, 21)), `${today.slice(0, 4)}-01-01`];
  const recent = daysAgo < newYear ? newYear : daysAgo;
  const followUps: string[] = [];
  for (let back = 0; addMonths(recent, -6 * back) >= addMonths(joinedOn, 3); back += 1) followUps.unshift(addMonths(recent, -6 * back));
  return [joinedOn, ...followUps];
}

function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The figures as the live code would have published them once the seeded checks were in: history from before any
 * consumer subscribed, so already published (the impact service replays it from this outbox); one per demo team.
 */
async function recordDemoFigures(manager: EntityManager, today: string): Promise<void> {
  const figures = await wellbeingFigures(
    manager,
    DEMO_PLACES.map((place) => demoId(`team:${place.key}`)),
    today,
  );
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, published_at)
     SELECT md5($1 || ':' || (figures ->> 'teamId'))::uuid, $1, $2, figures, now() FROM jsonb_array_elements($3::jsonb) AS figures`,
    [WELLBEING_FIGURES_CHANGED, SOURCE, JSON.stringify(figures)],
  );
}

/** Each demo person's address as registering them would have published it (sealed), for the messages service. */
async function recordDemoContacts(manager: EntityManager): Promise<void> {
  const people: { id: string; version: number; email: string }[] = await manager.query(
    'SELECT id, version, email FROM volunteers WHERE email IS NOT NULL ORDER BY id',
  );
  const payloads = people.map((person) => sealContact(person.id, person.version, person.email));
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, published_at)
     SELECT md5($1 || ':' || (contact ->> 'volunteerId'))::uuid, $1, $2, contact, now() FROM jsonb_array_elements($3::jsonb) AS contact`,
    [VOLUNTEER_CONTACT_CHANGED, SOURCE, JSON.stringify(payloads)],
  );
}

function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, Math.min(day, 28)));
  return date.toISOString().slice(0, 10);
}
