import type { DataSource } from 'typeorm';
import type { OutcomeRow } from './outcomes.rules';

/** What one report covers: teams and neighbourhoods over a period. The key tells batched scopes apart. */
export interface ReportScope {
  key: string;
  teamIds: string[];
  neighbourhoodIds: string[];
  from: string;
  until: string;
  /** Calendar years of the period, oldest first. */
  years: number[];
  /** A funding agreement's report counts only the costs booked against it. */
  agreementId: string | null;
}

export interface RawFigures {
  hours: { teamId: string; month: string; theme: string; minutes: number; entries: number }[];
  activities: { month: string; completed: number; residents: number }[];
  members: { teamId: string; active: number; joined: number; left: number }[];
  certificates: { teamId: string; year: number; courseId: string; count: number }[];
  /** Per team: participants, per domain the sum of changes and (when the producer sent it) the sum of squared changes. */
  wellbeing: {
    teamId: string;
    participants: number;
    changeSums: Record<string, number>;
    changeSquareSums: Record<string, number> | null;
  }[];
  /** Costs booked against the scope's agreement (or any, outside an agreement's report), by who paid them. */
  costs: { year: number; category: string; cents: number; bookings: number; payerKind: string | null }[];
  agreements: { agreementId: string; partnerId: string; title: string; centsPerEuro: number }[];
  /** Per year, every agreement's booked costs on the scope's teams: the whole an agreement's share is taken of. */
  areaCosts: { year: number; cents: number }[];
  /** Every agreement financing a team of the scope (named, or naming its neighbourhood): committed money per year. */
  funders: { agreementId: string; amountCents: number; startsOn: string; endsOn: string }[];
  /** Allowances granted to the scope's teams' volunteers per year (a transfer, funder to volunteers). */
  allowances: { year: number; cents: number }[];
  /** Per team of the scope and year, its neighbourhood and that neighbourhood's gross minutes in the period (all its teams). */
  neighbourhoodMinutes: { teamId: string; neighbourhoodId: string; year: number; minutes: number }[];
  /** Per team and year of the period: participation and loneliness counts (volunteers' OutcomeFiguresChanged). */
  outcomes?: OutcomeRow[];
  /** Per year: completed INFORMAL_CARE activities and the residents they reached. */
  informalCare?: { year: number; activities: number; residents: number }[];
}

/** One row per (scope, team), the shape every figure query joins on. */
function scopeTeams(scopes: ReportScope[]): string {
  return JSON.stringify(
    scopes.flatMap((scope) =>
      scope.teamIds.map((teamId) => ({
        key: scope.key,
        teamId,
        from: scope.from,
        until: scope.until,
        lastYear: scope.years.at(-1),
        agreementId: scope.agreementId,
      })),
    ),
  );
}

const SCOPE_TEAMS = `json_to_recordset($1::json) AS s(key text, "teamId" uuid, "from" date, until date, "lastYear" int, "agreementId" uuid)`;

/**
 * The figures of many scopes at once: one statement per kind of figure however many neighbourhoods or teams a
 * query asks for (a list of 100 neighbourhoods with their impact costs the same eight statements as one).
 */
export async function loadFigures(dataSource: DataSource, scopes: ReportScope[]): Promise<Map<string, RawFigures>> {
  const pairs = scopeTeams(scopes);
  const [
    hours,
    activities,
    members,
    certificates,
    wellbeing,
    costs,
    agreements,
    areaCosts,
    funders,
    allowances,
    neighbourhoodMinutes,
    outcomes,
    informalCare,
  ] = await Promise.all([
    dataSource.query(
      `SELECT s.key, m.team_id AS "teamId", to_char(m.month, 'YYYY-MM') AS month, m.theme, m.minutes::int AS minutes, m.entries
         FROM ${SCOPE_TEAMS} JOIN monthly_hours m ON m.team_id = s."teamId" AND m.month >= date_trunc('month', s."from") AND m.month <= s.until`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, to_char(a.completed_on, 'YYYY-MM') AS month, count(*)::int AS completed, sum(a.residents_reached)::int AS residents
         FROM ${SCOPE_TEAMS} JOIN completed_activities a ON a.team_id = s."teamId" AND a.completed_on BETWEEN s."from" AND s.until
        GROUP BY 1, 2`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, s."teamId",
              count(m.membership_id) FILTER (WHERE m.from_date <= s.until AND (m.until_date IS NULL OR m.until_date >= s."from"))::int AS active,
              count(m.membership_id) FILTER (WHERE m.from_date BETWEEN s."from" AND s.until)::int AS joined,
              count(m.membership_id) FILTER (WHERE m.until_date BETWEEN s."from" AND s.until)::int AS left
         FROM ${SCOPE_TEAMS} LEFT JOIN team_memberships m ON m.team_id = s."teamId" AND m.from_date IS NOT NULL AND m.role <> 'COACH'
        GROUP BY 1, 2`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, c.team_id AS "teamId", extract(year FROM c.issued_on)::int AS year, c.course_id AS "courseId", count(*)::int AS count
         FROM ${SCOPE_TEAMS} JOIN issued_certificates c ON c.team_id = s."teamId" AND c.issued_on BETWEEN s."from" AND s.until
        GROUP BY 1, 2, 3, 4`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, w.team_id AS "teamId", w.participants, w.change_sums AS "changeSums", w.change_square_sums AS "changeSquareSums"
         FROM ${SCOPE_TEAMS} JOIN wellbeing_figures w ON w.team_id = s."teamId" AND w.year = s."lastYear"`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, c.year, c.category, sum(c.amount_cents)::bigint AS cents, count(*)::int AS bookings, k.kind AS "payerKind"
         FROM ${SCOPE_TEAMS} JOIN booked_costs c ON c.team_id = s."teamId" AND c.year BETWEEN extract(year FROM s."from") AND s."lastYear"
          AND (s."agreementId" IS NULL OR c.agreement_id = s."agreementId")
         LEFT JOIN funding_agreements a ON a.agreement_id = c.agreement_id
         LEFT JOIN partner_kinds k ON k.partner_id = a.partner_id
        GROUP BY 1, 2, 3, 6 ORDER BY 2, 3, 6`,
      [pairs],
    ),
    dataSource.query(
      `SELECT DISTINCT s.key, a.agreement_id AS "agreementId", a.partner_id AS "partnerId", a.title, a.social_return_cents_per_euro AS "centsPerEuro"
         FROM ${SCOPE_TEAMS} JOIN directory_teams t ON t.team_id = s."teamId"
         JOIN funding_agreements a ON (s."teamId" = ANY(a.team_ids) OR t.neighbourhood_id = ANY(a.neighbourhood_ids))
          AND a.starts_on <= s.until AND a.ends_on >= s."from" AND (s."agreementId" IS NULL OR a.agreement_id = s."agreementId")
        ORDER BY a.title`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, c.year, sum(c.amount_cents)::bigint AS cents
         FROM ${SCOPE_TEAMS} JOIN booked_costs c ON c.team_id = s."teamId" AND c.year BETWEEN extract(year FROM s."from") AND s."lastYear"
        WHERE s."agreementId" IS NOT NULL
        GROUP BY 1, 2 ORDER BY 2`,
      [pairs],
    ),
    dataSource.query(
      `SELECT DISTINCT s.key, a.agreement_id AS "agreementId", a.amount_cents::bigint AS "amountCents", a.starts_on::text AS "startsOn", a.ends_on::text AS "endsOn"
         FROM ${SCOPE_TEAMS} JOIN directory_teams t ON t.team_id = s."teamId"
         JOIN funding_agreements a ON (s."teamId" = ANY(a.team_ids) OR t.neighbourhood_id = ANY(a.neighbourhood_ids))
          AND a.starts_on <= s.until AND a.ends_on >= s."from"
        WHERE s."agreementId" IS NOT NULL`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, b.year, sum(b.amount_cents)::bigint AS cents
         FROM ${SCOPE_TEAMS} JOIN booked_allowances b ON b.team_id = s."teamId" AND b.year BETWEEN extract(year FROM s."from") AND s."lastYear"
        GROUP BY 1, 2 ORDER BY 2`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, s."teamId", t.neighbourhood_id AS "neighbourhoodId", extract(year FROM m.month)::int AS year, sum(m.minutes)::bigint AS minutes
         FROM ${SCOPE_TEAMS} JOIN directory_teams t ON t.team_id = s."teamId"
         JOIN monthly_hours m ON m.neighbourhood_id = t.neighbourhood_id AND m.month >= date_trunc('month', s."from") AND m.month <= s.until
        GROUP BY 1, 2, 3, 4`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, o.team_id AS "teamId", o.year, o.moved_people AS "movedPeople", o.moved_to_paid_work AS "movedToPaidWork",
                o.moved_to_education AS "movedToEducation", o.moved_to_training AS "movedToTraining", o.loneliness_measured AS "lonelinessMeasured",
                o.lonely, o.loneliness_paired AS "lonelinessPaired", o.lonely_at_intake AS "lonelyAtIntake", o.lonely_latest AS "lonelyLatest"
         FROM ${SCOPE_TEAMS} JOIN outcome_figures o ON o.team_id = s."teamId" AND o.year BETWEEN extract(year FROM s."from") AND s."lastYear"
        ORDER BY o.year, o.team_id`,
      [pairs],
    ),
    dataSource.query(
      `SELECT s.key, extract(year FROM a.completed_on)::int AS year, count(*)::int AS activities, coalesce(sum(a.residents_reached), 0)::int AS residents
         FROM ${SCOPE_TEAMS} JOIN completed_activities a ON a.team_id = s."teamId" AND a.completed_on BETWEEN s."from" AND s.until AND a.theme = 'INFORMAL_CARE'
        GROUP BY 1, 2 ORDER BY 2`,
      [pairs],
    ),
  ]);
  const figures = new Map<string, RawFigures>(
    scopes.map((scope) => [
      scope.key,
      {
        hours: [],
        activities: [],
        members: [],
        certificates: [],
        wellbeing: [],
        costs: [],
        agreements: [],
        areaCosts: [],
        funders: [],
        allowances: [],
        neighbourhoodMinutes: [],
        outcomes: [],
        informalCare: [],
      },
    ]),
  );
  const fill = <K extends keyof RawFigures>(kind: K, rows: ({ key: string } & NonNullable<RawFigures[K]>[number])[]) => {
    for (const { key, ...row } of rows) (figures.get(key)![kind] as unknown[]).push(row);
  };
  fill('hours', hours);
  fill('activities', activities);
  fill('members', members);
  fill('certificates', certificates);
  fill('wellbeing', wellbeing);
  fill(
    'costs',
    costs.map((row: { cents: string }) => ({ ...row, cents: Number(row.cents) })),
  );
  fill('agreements', agreements);
  const numbers = <T extends Record<string, unknown>>(rows: T[], ...fields: (keyof T)[]) =>
    rows.map((row) => ({ ...row, ...Object.fromEntries(fields.map((field) => [field, Number(row[field])])) }));
  fill('areaCosts', numbers(areaCosts, 'cents'));
  fill('funders', numbers(funders, 'amountCents'));
  fill('allowances', numbers(allowances, 'cents'));
  fill('neighbourhoodMinutes', numbers(neighbourhoodMinutes, 'minutes'));
  fill('outcomes', outcomes);
  fill('informalCare', informalCare);
  return figures;
}

/** Approved minutes in a neighbourhood's first year, counted from its first team's start. */
export interface FirstYearHours {
  neighbourhoodId: string;
  from: string;
  minutes: number;
}

/**
 * The first year of each neighbourhood; one statement. The whole months of the year come from monthly_hours (which
 * sums the same approved entries) and only the days of the two part months from the entries themselves: a national
 * overview asks 1,000 neighbourhoods, whose first years hold about a million entries.
 */
export async function loadFirstYears(dataSource: DataSource, neighbourhoodIds: readonly string[]): Promise<FirstYearHours[]> {
  return dataSource.query(
    `WITH firsts AS (
       SELECT neighbourhood_id, min(starts_on) AS first_day FROM directory_teams WHERE neighbourhood_id = ANY($1) GROUP BY 1
     ),
     spans AS (
       SELECT neighbourhood_id, first_day, last_day,
              -- [whole_from, whole_until): the calendar months wholly inside [first_day, last_day]
              (date_trunc('month', (first_day - 1)::timestamp) + interval '1 month')::date AS whole_from,
              date_trunc('month', (last_day + 1)::timestamp)::date AS whole_until
         FROM (SELECT neighbourhood_id, first_day, (first_day + interval '1 year' - interval '1 day')::date AS last_day FROM firsts) AS f
     )
     -- Three range scans per team (whole months, the days before them, the days after them): an OR of the day
     -- ranges kept PostgreSQL from using the index at all.
     SELECT s.neighbourhood_id AS "neighbourhoodId", s.first_day::text AS "from", coalesce(sum(part.minutes), 0)::int AS minutes
       FROM spans s
       LEFT JOIN directory_teams t ON t.neighbourhood_id = s.neighbourhood_id
       LEFT JOIN LATERAL (
         SELECT sum(m.minutes) AS minutes FROM monthly_hours m WHERE m.team_id = t.team_id AND m.month >= s.whole_from AND m.month < s.whole_until
         UNION ALL
         SELECT sum(h.minutes) FROM hour_entry_states h
          WHERE h.team_id = t.team_id AND h.approved AND h.entry_date >= s.first_day AND h.entry_date < s.whole_from
         UNION ALL
         SELECT sum(h.minutes) FROM hour_entry_states h
          WHERE h.team_id = t.team_id AND h.approved AND h.entry_date >= s.whole_until AND h.entry_date <= s.last_day
       ) AS part ON true
      GROUP BY 1, 2`,
    [neighbourhoodIds],
  );
}

/** Residents reached per team over a period (teams without completed activities are left out); one statement. */
export async function loadResidentsByTeam(
  dataSource: DataSource,
  period: Pick<ReportScope, 'from' | 'until'>,
): Promise<Map<string, number>> {
  const rows: { teamId: string; residents: number }[] = await dataSource.query(
    `SELECT team_id AS "teamId", sum(residents_reached)::int AS residents FROM completed_activities WHERE completed_on BETWEEN $1 AND $2 GROUP BY 1`,
    [period.from, period.until],
  );
  return new Map(rows.map((row) => [row.teamId, row.residents]));
}

/** A team of the directory and the neighbourhood it works in. */
export interface DirectoryTeam {
  teamId: string;
  neighbourhoodId: string;
}

/** Every team of the directory, by neighbourhood: the national overview covers them all. */
export async function loadAllTeams(dataSource: DataSource): Promise<DirectoryTeam[]> {
  return dataSource.query(
    'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams ORDER BY neighbourhood_id, team_id',
  );
}

/** The teams working in these neighbourhoods; one statement. */
export async function loadTeamsInNeighbourhoods(dataSource: DataSource, neighbourhoodIds: readonly string[]): Promise<DirectoryTeam[]> {
  return dataSource.query(
    'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE neighbourhood_id = ANY($1) ORDER BY team_id',
    [neighbourhoodIds],
  );
}

/** A funding agreement as far as its report needs it. */
export interface AgreementScope {
  agreementId: string;
  partnerId: string;
  startsOn: string;
  endsOn: string;
  neighbourhoodIds: string[];
  /** The teams it covers: named in it, or working in its neighbourhoods. */
  teams: DirectoryTeam[];
}

/** Agreements with the teams they cover, so a list of agreements costs one statement. */
export async function loadAgreementScopes(dataSource: DataSource, agreementIds: readonly string[]): Promise<AgreementScope[]> {
  return dataSource.query(
    `SELECT a.agreement_id AS "agreementId", a.partner_id AS "partnerId", a.starts_on::text AS "startsOn", a.ends_on::text AS "endsOn",
            a.neighbourhood_ids AS "neighbourhoodIds",
            coalesce(json_agg(json_build_object('teamId', t.team_id, 'neighbourhoodId', t.neighbourhood_id) ORDER BY t.team_id)
              FILTER (WHERE t.team_id IS NOT NULL), '[]') AS teams
       FROM funding_agreements a
       LEFT JOIN directory_teams t ON t.team_id = ANY(a.team_ids) OR t.neighbourhood_id = ANY(a.neighbourhood_ids)
      WHERE a.agreement_id = ANY($1)
      GROUP BY a.agreement_id`,
    [agreementIds],
  );
}
