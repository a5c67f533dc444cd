/**
 * The volunteers database: one volunteer per membership (status ACTIVE since the team's start), their status
 * history, a light wellbeing monitor (30% consent, up to two checks), and the team directory.
 */
import type { Client } from 'pg';
import { copyInto, copyLine } from './copy';
import { between, fastDemoId, localDate, randomFor } from './deterministic';
import { DIRECTORY_TABLES, loadDirectory } from './directory';
import { recordVolunteersHistory } from './history';
import { inTransaction, type Log, rows, step, truncate } from './load-support';
import type { NationalPlan, PlannedMember } from './national-data';

/**
 * The seed fills the first four, the directory and the outbox (wellbeing figures, numbered in wellbeing_figure_versions);
 * the records below them hang on the volunteers it replaces, so they go too.
 */
export const VOLUNTEERS_TABLES = [
  'volunteers',
  'volunteer_status_changes',
  'consents',
  'wellbeing_checks',
  'social_assistance_periods',
  'municipal_allowance_consents',
  'social_assistance_versions',
  'loneliness_checks',
  'participation_moves',
  'outcome_figure_versions',
  'wellbeing_figure_versions',
  ...DIRECTORY_TABLES,
  'event_outbox',
] as const;

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
const LANGUAGES = ['Arabisch', 'Turks', 'Engels', 'Papiaments', 'Berbers', 'Pools', 'Sranantongo', 'Somalisch', 'Tigrinya', 'Oekraïens'];
const MONITOR_SHARE = 0.3;
const WELLBEING_DOMAINS = 8;

function email(member: PlannedMember): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${plain(member.givenName)}.${plain(member.familyName)}.${member.key}@example.org`;
}

export function* volunteerLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members) {
    const random = randomFor(`profile:${member.key}`);
    const talents = [...new Set([TALENTS[between(random, 0, TALENTS.length - 1)], TALENTS[between(random, 0, TALENTS.length - 1)]])];
    const languages = random() < 0.6 ? ['Nederlands', LANGUAGES[between(random, 0, LANGUAGES.length - 1)]] : ['Nederlands'];
    const birthDate = `${between(random, 1950, 2006)}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
    yield copyLine([
      member.volunteerId,
      `${member.givenName} ${member.familyName.split(' ').pop()![0]}.`,
      member.givenName,
      member.familyName,
      email(member),
      birthDate,
      member.team.neighbourhoodId,
      languages,
      talents,
      [],
      'ACTIVE',
      member.team.startsOn,
      member.team.startsOn,
      'NOT_REQUIRED',
      member.team.teamId,
    ]);
  }
}

/** Intake and activation on the day the person joined, as the volunteers service records them. */
function* statusChangeLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members) {
    yield copyLine([statusId(member, 'intake'), member.volunteerId, null, 'INTAKE', member.team.startsOn]);
    yield copyLine([statusId(member, 'active'), member.volunteerId, 'INTAKE', 'ACTIVE', member.team.startsOn]);
  }
}

function statusId(member: PlannedMember, what: string): string {
  return fastDemoId(`status:${member.key}:${what}`);
}

function inMonitor(member: PlannedMember): boolean {
  return randomFor(`monitor:${member.key}`)() < MONITOR_SHARE;
}

function* consentLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members) {
    if (inMonitor(member))
      yield copyLine([fastDemoId(`consent:${member.key}:monitor`), member.volunteerId, 'WELLBEING_MONITOR', member.team.startsOn]);
  }
}

/** A first check on joining and one six months later (when that day has come), scores rising a little. */
function* wellbeingLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members) {
    if (!inMonitor(member)) continue;
    const random = randomFor(`wellbeing:${member.key}`);
    const first = Array.from({ length: WELLBEING_DOMAINS }, () => between(random, 2, 7));
    yield copyLine([fastDemoId(`wellbeing:${member.key}:0`), member.volunteerId, member.team.startsOn, ...first]);
    const later = member.team.startDay + 182;
    if (later <= plan.todayDay) {
      yield copyLine([
        fastDemoId(`wellbeing:${member.key}:1`),
        member.volunteerId,
        localDate(later),
        ...first.map((score) => Math.min(10, score + between(random, 0, 2))),
      ]);
    }
  }
}

export async function loadVolunteers(client: Client, plan: NationalPlan, log: Log): Promise<void> {
  await inTransaction(client, async () => {
    await step(log, 'wipe', () => truncate(client, VOLUNTEERS_TABLES));
    const freeze = { freeze: true };
    await step(
      log,
      'volunteers',
      () =>
        copyInto(
          client,
          'volunteers',
          [
            'id',
            'display_name',
            'given_name',
            'family_name',
            'email',
            'date_of_birth',
            'neighbourhood_id',
            'languages',
            'talents',
            'availability',
            'status',
            'status_since',
            'joined_on',
            'vog_status',
            'registered_by_team_id',
          ],
          volunteerLines(plan),
          freeze,
        ),
      rows,
    );
    await step(
      log,
      'volunteer_status_changes',
      () =>
        copyInto(
          client,
          'volunteer_status_changes',
          ['id', 'volunteer_id', 'from_status', 'to_status', 'changed_on'],
          statusChangeLines(plan),
          freeze,
        ),
      rows,
    );
    await step(
      log,
      'consents',
      () => copyInto(client, 'consents', ['id', 'volunteer_id', 'purpose', 'given_on'], consentLines(plan), freeze),
      rows,
    );
    await step(
      log,
      'wellbeing_checks',
      () =>
        copyInto(
          client,
          'wellbeing_checks',
          [
            'id',
            'volunteer_id',
            'taken_on',
            'language',
            'social_network',
            'meaning',
            'daily_life',
            'home_situation',
            'mental_health',
            'physical_health',
            'financial_health',
          ],
          wellbeingLines(plan),
          freeze,
        ),
      rows,
    );
    await loadDirectory(client, plan, log);
    await recordVolunteersHistory(client, plan, log);
  });
}
