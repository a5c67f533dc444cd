/**
 * Finance data in the shape years of national use leave (the seed does not fill finance): per team and year four
 * budgets funded from its municipality's agreement; 4 in 10 members with an allowance arrangement, flat monthly
 * allowances for every month so far or hourly ones for every approved hour; an expense claim per member per year;
 * a payout batch per month; the approval state of every decided hour entry.
 */
import type { Client } from 'pg';
import { DIRECTORY_TABLES, loadDirectory } from '../../seed/directory';
import { inTransaction, truncate } from '../../seed/load-support';
import { plan, stageHourEntries, subjects, THIS_YEAR } from '../national-sample';

const quiet = () => undefined;
export const FLAT_ALLOWANCE_CENTS = 10_000;

export async function loadFinance(client: Client): Promise<void> {
  await inTransaction(client, async () => {
    await truncate(client, DIRECTORY_TABLES);
    await loadDirectory(client, plan, quiet);
  });
  await stageHourEntries(client);
  await client.query(
    `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source)
    SELECT y, r.hourly_21_plus_cents, r.hourly_under_21_cents, r.monthly_cap_cents, r.yearly_cap_cents, false, 'query-plans sample'
      FROM (SELECT * FROM allowance_rates ORDER BY year DESC LIMIT 1) r, generate_series(r.year + 1, $1) y`,
    [THIS_YEAR],
  );
  // As the demo does: an admin has allowed payments under this year's unconfirmed limits, so allowances are paid.
  await client.query(
    `UPDATE allowance_rates SET unconfirmed_payments_allowed_at = now(), unconfirmed_payments_allowed_by = 'query-plans sample' WHERE year = $1 AND NOT confirmed`,
    [THIS_YEAR],
  );
  await fundTeams(client);
  await arrangeAllowances(client);
  await claimExpenses(client);
  await payOut(client);
  await client.query(`INSERT INTO hour_approval_states (entry_id, volunteer_id, team_id, entry_date, minutes, approved, entry_version, event_at, event_id)
    SELECT id, volunteer_id, team_id, entry_date, minutes, status = 'APPROVED', 2, coalesce(decided_at, created_at), gen_random_uuid() FROM seed_hour_entries WHERE status <> 'SUBMITTED'`);
  await client.query(`INSERT INTO idempotent_results (caller, operation, key, result, created_at)
    SELECT 'seed', 'payFlatAllowance', 'seed-' || id, '{}', created_at FROM allowances`);
}

async function fundTeams(client: Client): Promise<void> {
  await client.query(`INSERT INTO funding_agreements (id, partner_id, title, amount_cents, starts_on, ends_on, neighbourhood_ids, social_return_cents_per_euro)
    SELECT gen_random_uuid(), partner_id, 'Buurtvolk in de gemeente', 1500000000, '2020-01-01', '2032-12-31', array_agg(neighbourhood_id), 250
      FROM directory_partner_areas GROUP BY partner_id`);
  await client.query(
    `INSERT INTO budgets (id, team_id, year, category)
    SELECT gen_random_uuid(), t.team_id, y, c FROM directory_teams t, generate_series(extract(year FROM t.starts_on)::int, $1) y,
           unnest(ARRAY['ALLOWANCES', 'ACTIVITIES', 'TRAINING', 'COORDINATION']) c`,
    [THIS_YEAR],
  );
  await client.query(`INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, agreement_id, budget_id, description)
    SELECT gen_random_uuid(), make_date(b.year, 1, 2), 'ALLOCATION', 'agreement:' || a.id, 'budget:' || b.id, 5000000, a.id, b.id, 'Allocation'
      FROM budgets b JOIN directory_teams t ON t.team_id = b.team_id JOIN funding_agreements a ON t.neighbourhood_id = ANY(a.neighbourhood_ids)`);
}

async function arrangeAllowances(client: Client): Promise<void> {
  // Chosen by a hash of the person, so every run has the same arrangements; in the benchmark's team the volunteer
  // has a flat allowance (their coordinator pays it in the operations) and one other member an hourly one.
  await client.query(
    `CREATE TEMP TABLE seed_arranged AS
    SELECT volunteer_id, team_id, from_date, CASE WHEN volunteer_id = $1 OR (volunteer_id <> $2 AND abs(hashtext(volunteer_id || 'kind')) % 2 = 0) THEN 'FLAT_MONTHLY' ELSE 'HOURLY' END AS kind
      FROM directory_memberships WHERE volunteer_id IN ($1, $2) OR (volunteer_id <> $3 AND abs(hashtext(volunteer_id::text)) % 10 < 4)`,
    [subjects.volunteer.volunteerId, subjects.team.members[2].volunteerId, subjects.coordinator.volunteerId],
  );
  await client.query(
    `INSERT INTO payees (volunteer_id, date_of_birth, holder_name, iban) SELECT volunteer_id, '1980-05-01', 'J. Buur', 'NL91ABNA0417164300' FROM seed_arranged`,
  );
  await client.query(
    `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on)
    SELECT gen_random_uuid(), volunteer_id, team_id, kind, CASE kind WHEN 'FLAT_MONTHLY' THEN $1::int ELSE 500 END, from_date FROM seed_arranged`,
    [FLAT_ALLOWANCE_CENTS],
  );
  // Flat: every month from the start until last month, booked from the ALLOWANCES budget of its year.
  await client.query(`WITH months AS (
      SELECT a.id AS arrangement_id, a.volunteer_id, a.amount_cents, m::date AS month, b.id AS budget_id, gen_random_uuid() AS entry_id
        FROM allowance_arrangements a
        CROSS JOIN generate_series(date_trunc('month', a.starts_on), date_trunc('month', now()) - interval '1 month', interval '1 month') m
        JOIN budgets b ON b.team_id = a.team_id AND b.year = extract(year FROM m) AND b.category = 'ALLOWANCES'
       WHERE a.kind = 'FLAT_MONTHLY'),
    booked AS (
      INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, budget_id, volunteer_id, description)
      SELECT entry_id, month + interval '27 days', 'ALLOWANCE', 'budget:' || budget_id, 'payable:' || volunteer_id, amount_cents, budget_id, volunteer_id, 'Allowance' FROM months)
    INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id, created_at)
    SELECT gen_random_uuid(), arrangement_id, volunteer_id, month, amount_cents, entry_id, month + interval '27 days' FROM months`);
  // Hourly: one allowance per approved hour entry.
  await client.query(`WITH earned AS (
      SELECT a.id AS arrangement_id, h.volunteer_id, h.id AS hour_entry_id, h.entry_date, h.minutes * a.amount_cents / 60 AS cents, b.id AS budget_id, gen_random_uuid() AS entry_id
        FROM seed_hour_entries h
        JOIN allowance_arrangements a ON a.volunteer_id = h.volunteer_id AND a.kind = 'HOURLY'
        JOIN budgets b ON b.team_id = h.team_id AND b.year = extract(year FROM h.entry_date) AND b.category = 'ALLOWANCES'
       WHERE h.status = 'APPROVED'),
    booked AS (
      INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, budget_id, volunteer_id, description)
      SELECT entry_id, entry_date + 3, 'ALLOWANCE', 'budget:' || budget_id, 'payable:' || volunteer_id, cents, budget_id, volunteer_id, 'Allowance for hours' FROM earned)
    INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id, source_hour_entry_id, source_entry_version, created_at)
    SELECT gen_random_uuid(), arrangement_id, volunteer_id, date_trunc('month', entry_date)::date, cents, entry_id, hour_entry_id, 2, entry_date + 3 FROM earned`);
}

/** A claim of two receipts per member per year: paid in past years, submitted this year. */
async function claimExpenses(client: Client): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE seed_claims AS
    SELECT gen_random_uuid() AS id, m.volunteer_id, m.team_id, make_date(y, 6, 15) AS spent_on, y < $1 AS settled, gen_random_uuid() AS entry_id, b.id AS budget_id
      FROM directory_memberships m
      CROSS JOIN generate_series(extract(year FROM m.from_date)::int, $1) y
      JOIN budgets b ON b.team_id = m.team_id AND b.year = y AND b.category = 'ACTIVITIES'
     WHERE make_date(y, 6, 15) BETWEEN m.from_date AND now()`,
    [THIS_YEAR],
  );
  await client.query(`INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, budget_id, volunteer_id, description)
    SELECT entry_id, spent_on + 10, 'EXPENSE', 'budget:' || budget_id, 'payable:' || volunteer_id, 2500, budget_id, volunteer_id, 'Expense claim' FROM seed_claims WHERE settled`);
  await client.query(`INSERT INTO expense_claims (id, volunteer_id, team_id, status, ledger_entry_id, created_at)
    SELECT id, volunteer_id, team_id, CASE WHEN settled THEN 'PAID' ELSE 'SUBMITTED' END, CASE WHEN settled THEN entry_id END, spent_on FROM seed_claims`);
  await client.query(`INSERT INTO expense_claim_items (id, claim_id, category, kind, spent_on, amount_cents, receipt_ref, receipt_sha256)
    SELECT gen_random_uuid(), id, 'MATERIALS', 'ADVANCE_FOR_FOUNDATION', spent_on, 1250, 'bon-' || id || '-' || n, encode(sha256((id::text || n)::bytea), 'hex') FROM seed_claims, generate_series(1, 2) n`);
}

/**
 * A batch per month pays what each payee earned in it (payable → in transit → bank); the latest batch still waits
 * for the bank's status report.
 */
async function payOut(client: Client): Promise<void> {
  await client.query(`INSERT INTO payout_batches (id, message_id, requested_execution_date, status, created_at)
    SELECT gen_random_uuid(), 'BV' || to_char(m, 'YYYYMM'), (m + interval '1 month 5 days')::date, 'PROCESSED', m + interval '1 month'
      FROM generate_series((SELECT date_trunc('month', min(month)) FROM allowances), date_trunc('month', now()) - interval '2 months', interval '1 month') m`);
  await client.query(`CREATE TEMP TABLE seed_payments AS
    SELECT gen_random_uuid() AS id, b.id AS batch_id, o.volunteer_id, o.cents, b.requested_execution_date AS paid_on, gen_random_uuid() AS sent_id, gen_random_uuid() AS paid_id
      FROM (SELECT volunteer_id, month, sum(amount_cents) AS cents FROM allowances GROUP BY 1, 2) o
      JOIN payout_batches b ON b.message_id = 'BV' || to_char(o.month, 'YYYYMM')`);
  await client.query(`INSERT INTO ledger_entries (id, occurred_at, kind, from_account, to_account, amount_cents, volunteer_id, description)
    SELECT sent_id, paid_on - 5, 'PAYOUT', 'payable:' || volunteer_id, 'in-transit', cents, volunteer_id, 'Payout' FROM seed_payments
    UNION ALL SELECT paid_id, paid_on, 'PAYOUT', 'in-transit', 'bank', cents, volunteer_id, 'Paid' FROM seed_payments`);
  await client.query(`INSERT INTO payout_payments (id, batch_id, volunteer_id, end_to_end_id, amount_cents, creditor_name, creditor_iban, status, ledger_entry_id)
    SELECT id, batch_id, volunteer_id, 'P' || replace(id::text, '-', ''), cents, 'J. Buur', 'NL91ABNA0417164300', 'PAID', sent_id FROM seed_payments`);
  await client.query(`WITH latest AS (UPDATE payout_batches SET status = 'CREATED' WHERE message_id = (SELECT max(message_id) FROM payout_batches) RETURNING id)
    UPDATE payout_payments SET status = 'SCHEDULED' WHERE batch_id IN (SELECT id FROM latest)`);
}
