import type { ActivityCompleted, DomainEvent, HoursDecided, MembershipStarted } from '@buurtvolk/events';
import type { SubgraphEventHandlers } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import type { EntityManager } from 'typeorm';
import { applyHourStates, hourState } from './hour-figures';

/**
 * How each event the impact service hears changes its read model. Every handler is idempotent and ends in the
 * same state whatever order the events arrive in (live and replayed events mix), so a rebuild equals the live model.
 */
export const impactHandlers = {
  TeamPlaced: teamDirectoryHandlers.TeamPlaced,
  PartnerAreasChanged: async (payload, manager) => {
    await teamDirectoryHandlers.PartnerAreasChanged(payload, manager);
    // Who pays the costs of an agreement, by the kind of its partner; the highest version wins, as for the areas.
    if (!payload.kind) return;
    await manager.query(
      `INSERT INTO partner_kinds AS p (partner_id, kind, version) VALUES ($1, $2, $3)
       ON CONFLICT (partner_id) DO UPDATE SET kind = EXCLUDED.kind, version = EXCLUDED.version WHERE EXCLUDED.version >= p.version`,
      [payload.partnerId, payload.kind, payload.version ?? 0],
    );
  },
  // Memberships without the person: impact counts who joined and left, never who.
  MembershipStarted: async (payload, manager) => {
    await manager.query(
      `INSERT INTO team_memberships (membership_id, team_id, role, from_date) VALUES ($1, $2, $3, $4)
       ON CONFLICT (membership_id) DO UPDATE SET team_id = EXCLUDED.team_id, role = EXCLUDED.role, from_date = EXCLUDED.from_date`,
      [payload.membershipId, payload.teamId, payload.role, payload.from],
    );
  },
  MembershipEnded: async (payload, manager) => {
    await manager.query(
      `INSERT INTO team_memberships (membership_id, until_date) VALUES ($1, $2)
       ON CONFLICT (membership_id) DO UPDATE SET until_date = EXCLUDED.until_date`,
      [payload.membershipId, payload.until],
    );
  },
  HoursApproved: (_, manager, event) => applyHourStates(manager, [hourState(event, true)]),
  HoursApprovalRevoked: (_, manager, event) => applyHourStates(manager, [hourState(event, false)]),
  ActivityCompleted: async (payload, manager) => {
    await manager.query(
      `INSERT INTO completed_activities (activity_id, team_id, neighbourhood_id, theme, completed_on, residents_reached) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (activity_id) DO UPDATE SET completed_on = EXCLUDED.completed_on, residents_reached = EXCLUDED.residents_reached`,
      [payload.activityId, payload.teamId, payload.neighbourhoodId, payload.theme, payload.on, payload.residentsReached],
    );
  },
  CertificateIssued: async (payload, manager) => {
    // A certificate earned outside a team counts nowhere in the neighbourhood figures.
    if (!payload.teamId) return;
    await manager.query(
      'INSERT INTO issued_certificates (certificate_id, course_id, team_id, issued_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [payload.certificateId, payload.courseId, payload.teamId, payload.issuedOn],
    );
  },
  // A full snapshot of the team's years; an older version arriving late is ignored.
  WellbeingFiguresChanged: async (payload, manager) => {
    if (!(await replacesSnapshot(manager, 'wellbeing_snapshots', 'wellbeing_figures', payload.teamId, payload.version))) return;
    await manager.query(
      `INSERT INTO wellbeing_figures (team_id, year, participants, change_sums, change_square_sums)
       SELECT $1, year, participants, "changeSums", "changeSquareSums"
         FROM json_to_recordset($2::json) AS y(year int, participants int, "changeSums" jsonb, "changeSquareSums" jsonb)`,
      [payload.teamId, JSON.stringify(payload.years)],
    );
  },
  // Participation and loneliness counts per team and year: a full snapshot, as for wellbeing; an older version is ignored.
  OutcomeFiguresChanged: async (payload, manager) => {
    if (!(await replacesSnapshot(manager, 'outcome_snapshots', 'outcome_figures', payload.teamId, payload.version))) return;
    await manager.query(
      `INSERT INTO outcome_figures (team_id, year, moved_people, moved_to_paid_work, moved_to_education, moved_to_training,
                                   loneliness_measured, lonely, loneliness_paired, lonely_at_intake, lonely_latest)
       SELECT $1, year, "movedPeople", "movedToPaidWork", "movedToEducation", "movedToTraining",
              "lonelinessMeasured", lonely, "lonelinessPaired", "lonelyAtIntake", "lonelyLatest"
         FROM json_to_recordset($2::json) AS y(year int, "movedPeople" int, "movedToPaidWork" int, "movedToEducation" int, "movedToTraining" int,
              "lonelinessMeasured" int, lonely int, "lonelinessPaired" int, "lonelyAtIntake" int, "lonelyLatest" int)`,
      [payload.teamId, JSON.stringify(payload.years)],
    );
  },
  FundingAgreementRecorded: async (payload, manager) => {
    await manager.query(
      `INSERT INTO funding_agreements (agreement_id, partner_id, title, starts_on, ends_on, team_ids, neighbourhood_ids, amount_cents, social_return_cents_per_euro, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (agreement_id) DO UPDATE SET partner_id = EXCLUDED.partner_id, title = EXCLUDED.title, starts_on = EXCLUDED.starts_on,
         ends_on = EXCLUDED.ends_on, team_ids = EXCLUDED.team_ids, neighbourhood_ids = EXCLUDED.neighbourhood_ids, amount_cents = EXCLUDED.amount_cents,
         social_return_cents_per_euro = EXCLUDED.social_return_cents_per_euro, version = EXCLUDED.version
       WHERE funding_agreements.version < EXCLUDED.version`,
      [
        payload.agreementId,
        payload.partnerId,
        payload.title,
        payload.startsOn,
        payload.endsOn,
        payload.teamIds,
        payload.neighbourhoodIds,
        payload.amountCents,
        payload.socialReturnCentsPerEuro,
        payload.version,
      ],
    );
  },
  CostsBooked: async (payload, manager) => {
    await manager.query(
      `INSERT INTO booked_costs (entry_id, agreement_id, team_id, category, year, amount_cents, booked_on) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [payload.entryId, payload.agreementId, payload.teamId, payload.category, payload.year, payload.amountCents, payload.bookedOn],
    );
  },
  AllowanceBooked: async (payload, manager) => {
    await manager.query(
      `INSERT INTO booked_allowances (entry_id, team_id, year, amount_cents, booked_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [payload.entryId, payload.teamId, payload.year, payload.amountCents, payload.bookedOn],
    );
  },
} satisfies SubgraphEventHandlers;

/**
 * Takes a team's snapshot of figures (WellbeingFiguresChanged, OutcomeFiguresChanged) when it is newer than the one
 * held: records its version and empties the team's rows, for the caller to insert the snapshot's years. False for an
 * older version arriving late, which changes nothing.
 */
async function replacesSnapshot(
  manager: EntityManager,
  versions: 'wellbeing_snapshots' | 'outcome_snapshots',
  figures: 'wellbeing_figures' | 'outcome_figures',
  teamId: string,
  version: number,
): Promise<boolean> {
  const newer: unknown[] = await manager.query(
    `INSERT INTO ${versions} (team_id, version) VALUES ($1, $2)
     ON CONFLICT (team_id) DO UPDATE SET version = EXCLUDED.version WHERE ${versions}.version < EXCLUDED.version RETURNING team_id`,
    [teamId, version],
  );
  if (!newer.length) return false;
  await manager.query(`DELETE FROM ${figures} WHERE team_id = $1`, [teamId]);
  return true;
}

/** A replay brings millions of hour events; a page of them (and of activities and memberships) is applied in a few statements. */
export const impactBatchHandlers = {
  // Distinct ids: one INSERT … ON CONFLICT DO UPDATE may not touch a row twice (a page may repeat an event's copy).
  ActivityCompleted: async (events: DomainEvent<ActivityCompleted>[], manager: EntityManager) => {
    await manager.query(
      `INSERT INTO completed_activities (activity_id, team_id, neighbourhood_id, theme, completed_on, residents_reached)
       SELECT DISTINCT ON ("activityId") "activityId", "teamId", "neighbourhoodId", theme, "on", "residentsReached"
         FROM json_to_recordset($1::json) AS a("activityId" uuid, "teamId" uuid, "neighbourhoodId" uuid, theme text, "on" date, "residentsReached" int)
        ORDER BY "activityId"
       ON CONFLICT (activity_id) DO UPDATE SET completed_on = EXCLUDED.completed_on, residents_reached = EXCLUDED.residents_reached`,
      [JSON.stringify(events.map((event) => event.payload))],
    );
  },
  MembershipStarted: async (events: DomainEvent<MembershipStarted>[], manager: EntityManager) => {
    await manager.query(
      `INSERT INTO team_memberships (membership_id, team_id, role, from_date)
       SELECT DISTINCT ON ("membershipId") "membershipId", "teamId", role, "from"
         FROM json_to_recordset($1::json) AS m("membershipId" uuid, "teamId" uuid, role text, "from" date)
        ORDER BY "membershipId"
       ON CONFLICT (membership_id) DO UPDATE SET team_id = EXCLUDED.team_id, role = EXCLUDED.role, from_date = EXCLUDED.from_date`,
      [JSON.stringify(events.map((event) => event.payload))],
    );
  },
  HoursApproved: (events: DomainEvent<HoursDecided>[], manager: EntityManager) =>
    applyHourStates(
      manager,
      events.map((event) => hourState(event, true)),
    ),
  HoursApprovalRevoked: (events: DomainEvent<HoursDecided>[], manager: EntityManager) =>
    applyHourStates(
      manager,
      events.map((event) => hourState(event, false)),
    ),
};

/** The read model's tables: what a rebuild empties and what the rebuild test compares. */
export const READ_MODEL_TABLES = [
  'directory_teams',
  'directory_partner_areas',
  'directory_partner_versions',
  'team_memberships',
  'hour_entry_states',
  'monthly_hours',
  'completed_activities',
  'issued_certificates',
  'wellbeing_figures',
  'wellbeing_snapshots',
  'outcome_figures',
  'outcome_snapshots',
  'funding_agreements',
  'booked_costs',
  'booked_allowances',
  'partner_kinds',
] as const;

/** The services whose events feed the read model, for a replay. */
export const IMPACT_SOURCES = ['teams', 'volunteers', 'activities', 'training', 'finance'];
