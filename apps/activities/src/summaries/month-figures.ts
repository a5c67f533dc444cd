import { protectedCount } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { round } from '../figures/figures.rules';

/** The raw figures of one team in one calendar month (Europe/Amsterdam). */
export interface MonthFigureRow {
  teamId: string;
  /** YYYY-MM. */
  month: string;
  approvedMinutes: number;
  activitiesHeld: number;
  residentsReached: number;
  activeMembers: number;
}

@ObjectType('TeamMonthFigures', { description: 'What a team did in one calendar month (Europe/Amsterdam)' })
export class TeamMonthFigures {
  @Field({ description: 'The month, YYYY-MM' })
  month: string;

  @Field(() => Float, { description: 'Approved volunteer hours with a date in the month' })
  approvedHours: number;

  @Field(() => Int, { description: 'Activities held (marked done) that started in the month' })
  activitiesHeld: number;

  @Field(() => Int, { description: 'Residents reached, as recorded on the activities held' })
  residentsReached: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Members who logged approved hours in the month; null outside the team when fewer than 10 (small numbers stay hidden)',
  })
  activeMembers: number | null;
}

/**
 * The figures as shown: exact for the team's own people and admins; for everyone else (partners, the public) the
 * count of people follows the platform's small-numbers rule. Hours, activities and residents reached are not counts
 * of the team's people, and a month's figure cannot be combined with another shown figure to reveal the hidden one.
 */
export function shownFigures(row: MonthFigureRow, insider: boolean): TeamMonthFigures {
  return {
    month: row.month,
    approvedHours: round(row.approvedMinutes / 60),
    activitiesHeld: row.activitiesHeld,
    residentsReached: row.residentsReached,
    activeMembers: insider ? row.activeMembers : protectedCount([row.activeMembers]),
  };
}

/**
 * Figures per `teamId|YYYY-MM`, computed from this service's own tables: one statement per batch, whatever its size.
 * Hours count by their entry date (a local date); activities by their start in Europe/Amsterdam.
 */
export function monthFiguresLoader(dataSource: DataSource): DataLoader<string, MonthFigureRow> {
  return new DataLoader(async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const rows: { teamId: string; month: string; minutes: string; members: number; held: number; reached: string }[] =
      await dataSource.query(
        `SELECT k.team_id AS "teamId", to_char(k.month, 'YYYY-MM') AS month,
              h.minutes, h.members, a.held, a.reached
         FROM unnest($1::uuid[], $2::date[]) AS k(team_id, month)
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(minutes), 0) AS minutes, count(DISTINCT volunteer_id)::int AS members
             FROM hour_entries
            WHERE team_id = k.team_id AND status = 'APPROVED' AND entry_date >= k.month AND entry_date < k.month + interval '1 month'
         ) h
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS held, coalesce(sum(residents_reached), 0) AS reached
             FROM activities
            WHERE team_id = k.team_id AND status = 'DONE'
              AND starts_at >= k.month::timestamp AT TIME ZONE 'Europe/Amsterdam'
              AND starts_at < (k.month + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam'
         ) a`,
        [pairs.map(([teamId]) => teamId), pairs.map(([, month]) => `${month}-01`)],
      );
    return pairs.map(([teamId, month]) => {
      const row = rows.find((found) => found.teamId === teamId && found.month === month);
      return {
        teamId,
        month,
        approvedMinutes: Number(row?.minutes ?? 0),
        activitiesHeld: row?.held ?? 0,
        residentsReached: Number(row?.reached ?? 0),
        activeMembers: row?.members ?? 0,
      };
    });
  });
}
