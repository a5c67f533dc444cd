/**
 * Tables that are large at national scale (1,000 teams, 25,000 volunteers, 5 years, 5 million hour entries; see
 * tools/seed): those that grow with people, hours, activities, money or time. A sequential scan of one of them on a
 * hot path reads thousands to millions of rows per request. Tables that grow only with teams, neighbourhoods,
 * partners or the course catalogue (a thousand rows or so) are not listed: scanning them costs little.
 */
export const LARGE_TABLES: Record<string, string> = {
  // activities
  hour_entries: '5,000,000 (the seed)',
  hour_totals: 'about 300,000: team × month × theme × status',
  volunteer_months: 'about 700,000: volunteer × month with approved hours',
  activities: '50,000 (the seed)',
  activity_series: 'up to one per recurring activity',
  sign_ups: 'hundreds of thousands: activities × people signed up',
  // teams and volunteers
  memberships: '25,000 and growing with every change of team',
  volunteer_registrations: '25,000: one per volunteer',
  volunteers: '25,000',
  volunteer_status_changes: '50,000 and growing',
  consents: 'about 10,000',
  wellbeing_checks: 'about 15,000 and two a year per monitored person',
  // the directory each consuming service keeps, and the event and audit tables of every service
  directory_memberships: '25,000 in each service that keeps it',
  directory_membership_ends: 'one per ended membership',
  audit_log: 'millions: one row per change',
  event_outbox: 'millions: one row per event, kept for replays',
  event_inbox: 'millions: one row per event handled',
  // finance
  ledger_entries: 'millions: allocations, allowances, expenses, payouts and reversals',
  allowances: 'hundreds of thousands: per arrangement per month, or per approved hour entry',
  allowance_arrangements: 'about 10,000',
  payees: 'about 10,000',
  budgets: '20,000: team × year × category',
  hour_approval_states: 'up to 5,000,000: one per decided hour entry',
  expense_claims: 'tens of thousands',
  expense_claim_items: 'tens of thousands',
  payout_payments: 'hundreds of thousands: one per payee per batch',
  idempotent_results: 'millions: one per money mutation',
  declared_elsewhere: 'one per volunteer and year that declares',
  // training
  course_runs: 'thousands: every run of every course, coaching per team',
  sessions: 'thousands',
  enrolments: 'tens of thousands',
  attendance: 'hundreds of thousands: enrolment × session',
  certificates: 'tens of thousands',
  // impact's read model
  hour_entry_states: 'up to 5,000,000: one per decided hour entry',
  monthly_hours: 'about 300,000: team × month × theme',
  team_memberships: '25,000',
  completed_activities: '50,000',
  issued_certificates: 'tens of thousands',
  booked_costs: 'tens of thousands',
  wellbeing_figures: '5,000: team × year',
  neighbourhood_surveys: 'about 5,000: neighbourhood × wave',
};

export function isLarge(table: string): boolean {
  return table in LARGE_TABLES;
}
