/**
 * Millions of hour entries, drawn per team from its own generator and then written in date order across all
 * teams, the order in which a real system receives them. That keeps the benchmark honest: one volunteer's
 * entries end up spread over the table as in production, not packed on a few pages.
 *
 * Each entry: a member of the team, a day from the team's start up to today (a little less in summer and at
 * Christmas), 30–240 minutes in steps of 15 (mostly whole and half hours), a theme after the team's own emphasis;
 * APPROVED for most, SUBMITTED for most of the last 30 days (and a few older ones nobody handled), REJECTED ~2%.
 */
import { cumulate, fastDemoId, localDate, monthOf, pickWeighted, randomFor } from './deterministic';
import { type NationalPlan, pad, THEMES } from './national-data';

export const HOUR_ENTRY_COLUMNS = [
  'id',
  'volunteer_id',
  'team_id',
  'neighbourhood_id',
  'municipality_code',
  'entry_date',
  'minutes',
  'theme',
  'status',
  'rejection_reason',
  'decided_by',
  'decided_at',
  'entered_by',
  'created_at',
] as const;

export const STATUSES = ['APPROVED', 'SUBMITTED', 'REJECTED'] as const;
export const APPROVED = 0;
const SUBMITTED = 1;
const REJECTED = 2;
/** Entries of the last days are mostly still waiting for the coordinator. */
const RECENT_DAYS = 30;
/** 30–240 minutes in steps of 15; people mostly log whole and half hours, two and a half hours on average. */
const MINUTES = [30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240];
const MINUTE_WEIGHTS = cumulate([3, 2, 10, 2, 8, 2, 14, 2, 8, 2, 14, 2, 5, 2, 18]);
/** Fewer hours in the summer holidays and around Christmas (share of drawn days kept, by month). */
const SEASON = [0, 0.95, 1, 1, 1, 0.95, 0.9, 0.65, 0.7, 1, 1, 1, 0.8];

export interface HourEntries {
  count: number;
  /** Index into plan.members. */
  member: Int32Array;
  day: Int32Array;
  minutes: Int16Array;
  theme: Uint8Array;
  status: Uint8Array;
  /** Per person 1, 2, 3…: the readable key of the id is `hour:<member key>-<seq>`. */
  seq: Int32Array;
  /** Entry indexes in date order. */
  order: Int32Array;
}

export function drawHourEntries(plan: NationalPlan): HourEntries {
  const count = plan.hourEntries;
  const entries: HourEntries = {
    count,
    member: new Int32Array(count),
    day: new Int32Array(count),
    minutes: new Int16Array(count),
    theme: new Uint8Array(count),
    status: new Uint8Array(count),
    seq: new Int32Array(count),
    order: new Int32Array(count),
  };
  const firstDay = Math.min(...plan.teams.map((team) => team.startDay));
  const keep = Float64Array.from({ length: plan.todayDay - firstDay + 1 }, (_, i) => SEASON[monthOf(firstDay + i)]);

  let next = 0;
  let memberIndex = 0;
  for (const team of plan.teams) {
    const random = randomFor(`hours:${team.key}`);
    for (const member of team.members) {
      for (let seq = 1; seq <= member.hourEntries; seq += 1, next += 1) {
        let day: number;
        do day = team.startDay + Math.floor(random() * team.activeDays);
        while (random() >= keep[day - firstDay]);
        const age = plan.todayDay - day;
        const draw = random();
        entries.member[next] = memberIndex;
        entries.day[next] = day;
        entries.minutes[next] = MINUTES[pickWeighted(random, MINUTE_WEIGHTS)];
        entries.theme[next] = pickWeighted(random, team.themeWeights);
        entries.status[next] =
          age <= RECENT_DAYS ? (draw < 0.85 ? SUBMITTED : APPROVED) : draw < 0.02 ? REJECTED : draw < 0.05 ? SUBMITTED : APPROVED;
        entries.seq[next] = seq;
      }
      memberIndex += 1;
    }
  }
  sortByDay(entries, firstDay, plan.todayDay);
  return entries;
}

/** Counting sort on the day: linear, and stable, so the order is deterministic. */
function sortByDay(entries: HourEntries, firstDay: number, lastDay: number): void {
  const starts = new Int32Array(lastDay - firstDay + 2);
  for (let i = 0; i < entries.count; i += 1) starts[entries.day[i] - firstDay + 1] += 1;
  for (let d = 1; d < starts.length; d += 1) starts[d] += starts[d - 1];
  for (let i = 0; i < entries.count; i += 1) entries.order[starts[entries.day[i] - firstDay]++] = i;
}

/** When an entry of `day` was decided: three days later at noon, never later than now (the entry and its HoursApproved agree). */
export function decidedAt(plan: NationalPlan, nowText: string): (day: number) => string {
  return (day) => (day + 3 >= plan.todayDay ? nowText : `${localDate(day + 3)} 12:00:00+00`);
}

/** COPY lines in HOUR_ENTRY_COLUMNS order; built by hand, as this runs five million times. */
export function* hourEntryLines(plan: NationalPlan, entries: HourEntries, now: Date = new Date()): Generator<string> {
  const nowText = now.toISOString();
  // Entered the evening of the day, decided three days later; never later than now.
  const entered = (day: number) => (day >= plan.todayDay ? nowText : `${localDate(day)} 19:00:00+00`);
  const decided = decidedAt(plan, nowText);
  const prefix = plan.members.map(
    (member) => `\t${member.volunteerId}\t${member.team.teamId}\t${member.team.neighbourhoodId}\t${member.team.municipality.code}\t`,
  );

  for (let k = 0; k < entries.count; k += 1) {
    const i = entries.order[k];
    const member = plan.members[entries.member[i]];
    const day = entries.day[i];
    const status = entries.status[i];
    const decision =
      status === APPROVED
        ? `\\N\tseed\t${decided(day)}`
        : status === REJECTED
          ? `Dubbel ingevoerd\tseed\t${decided(day)}`
          : '\\N\t\\N\t\\N';
    yield `${fastDemoId(`hour:${member.key}-${pad(entries.seq[i], 6)}`)}${prefix[entries.member[i]]}${localDate(day)}\t${entries.minutes[i]}\t${THEMES[entries.theme[i]]}\t${STATUSES[status]}\t${decision}\tseed\t${entered(day)}\n`;
  }
}
