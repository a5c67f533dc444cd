import { DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers, todayInAmsterdam } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import { seedDemoDirectory } from '@buurtvolk/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import { seedDemoCommitments } from './commitments/budget-commitment.demo';
import { FINANCE_SOURCE } from './funding/funding-events';

/** Budget per category per active demo team and year, in cents, allocated from its municipality's agreement. */
const YEARLY_BUDGET = { ALLOWANCES: 4_000_000, ACTIVITIES: 1_500_000, TRAINING: 800_000, COORDINATION: 2_500_000 };

/** A funding agreement from each demo municipality for its neighbourhoods, and this year's budgets allocated from it. */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE funding_agreements IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM funding_agreements'))[0].n) > 0) return;
    await seedDemoDirectory(manager);
    const year = Number(todayInAmsterdam().slice(0, 4));
    await demoRatesFor(manager, year);
    // The demo pays under this year's limits even where they are not confirmed: as an admin would allow explicitly.
    await manager.query(
      `UPDATE allowance_rates SET unconfirmed_payments_allowed_at = now(), unconfirmed_payments_allowed_by = 'demo' WHERE year = $1 AND NOT confirmed`,
      [year],
    );
    const perTeam = Object.values(YEARLY_BUDGET).reduce((sum, cents) => sum + cents, 0);
    for (const partner of DEMO_PARTNERS.filter((candidate) => candidate.kind === 'MUNICIPALITY')) {
      const agreementId = demoId(`agreement:${partner.key}`);
      const places = DEMO_PLACES.filter((place) => (partner.serves as readonly string[]).includes(place.key));
      await manager.query(
        `INSERT INTO funding_agreements (id, partner_id, title, amount_cents, starts_on, ends_on, neighbourhood_ids, social_return_cents_per_euro)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 190)`,
        [
          agreementId,
          demoId(`partner:${partner.key}`),
          `Buurtvolk ${partner.name.replace('Gemeente ', '')} ${year}–${year + 3}`,
          perTeam * places.length * 4,
          `${year}-01-01`,
          `${year + 3}-12-31`,
          places.map((place) => demoId(`neighbourhood:${place.key}`)),
        ],
      );
      for (const place of places.filter((candidate) => candidate.status !== 'FORMING')) {
        for (const [category, cents] of Object.entries(YEARLY_BUDGET)) {
          const budgetId = demoId(`budget:${place.key}:${year}:${category}`);
          await manager.query('INSERT INTO budgets (id, team_id, year, category) VALUES ($1, $2, $3, $4)', [
            budgetId,
            demoId(`team:${place.key}`),
            year,
            category,
          ]);
          await manager.query(
            `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, agreement_id, budget_id, description)
             VALUES ($1, 'ALLOCATION', $2, $3, $4, $5, $6, $7)`,
            [
              demoId(`allocation:${place.key}:${year}:${category}`),
              `agreement:${agreementId}`,
              `budget:${budgetId}`,
              cents,
              agreementId,
              budgetId,
              `Allocation to ${category} ${year}`,
            ],
          );
        }
      }
    }
    await seedAllowancesAndPayout(manager, year);
    await seedDemoCommitments(manager, year);
    await recordDemoHistory(manager);
    logger.info({ year }, 'demo data loaded');
  });
}

/**
 * The events the seeded agreements and allocations would have recorded, derived from the rows in the shapes of
 * funding-events.ts. Already published: this is history from before any consumer subscribed, which a consumer that
 * needs it (impact) gets by replaying the outbox, and which live consumers must not handle again.
 */
async function recordDemoHistory(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('FundingAgreementRecorded:' || a.id || ':' || a.version)::uuid, 'FundingAgreementRecorded', $1,
            jsonb_build_object('agreementId', a.id, 'partnerId', a.partner_id, 'title', a.title,
                               'startsOn', to_char(a.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(a.ends_on, 'YYYY-MM-DD'),
                               'teamIds', to_jsonb(a.team_ids), 'neighbourhoodIds', to_jsonb(a.neighbourhood_ids),
                               'amountCents', a.amount_cents, 'socialReturnCentsPerEuro', a.social_return_cents_per_euro, 'version', a.version),
            a.starts_on::timestamp AT TIME ZONE 'Europe/Amsterdam', now()
       FROM funding_agreements a`,
    [FINANCE_SOURCE],
  );
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('CostsBooked:' || e.id)::uuid, 'CostsBooked', $1,
            jsonb_build_object('entryId', e.id, 'agreementId', e.agreement_id, 'teamId', b.team_id, 'budgetId', b.id,
                               'category', b.category, 'year', b.year, 'amountCents', e.amount_cents,
                               'bookedOn', to_char(e.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')),
            e.occurred_at, now()
       FROM ledger_entries e JOIN budgets b ON b.id = e.budget_id
      WHERE e.kind = 'ALLOCATION'`,
    [FINANCE_SOURCE],
  );
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('AllowanceBooked:' || e.id)::uuid, 'AllowanceBooked', $1,
            jsonb_build_object('entryId', e.id, 'teamId', b.team_id, 'budgetId', b.id, 'year', b.year, 'amountCents', e.amount_cents,
                               'bookedOn', to_char(e.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')),
            e.occurred_at, now()
       FROM ledger_entries e JOIN budgets b ON b.id = e.budget_id
      WHERE e.kind = 'ALLOWANCE'`,
    [FINANCE_SOURCE],
  );
}

/** A valid Dutch test IBAN for a number (the check digits follow ISO 13616 mod-97). */
function demoIban(n: number): string {
  const bban = `ABNA${String(1_000_000_000 + n).slice(-10)}`;
  const digits = `${bban}NL00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return `NL${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
}

/**
 * Members 2–4 of each active demo team have a flat monthly allowance (€150; member 2 €180, near the €220 monthly
 * cap), paid for the first three months of the year; January and February went out in one batch the bank confirmed and
 * the account statement shows booked,
 * March is payable; member 5 has an approved expense claim waiting for the next batch.
 */
async function seedAllowancesAndPayout(manager: EntityManager, year: number): Promise<void> {
  const members = demoMembers().filter((member) => member.place.status === 'ACTIVE' && member.index >= 2 && member.index <= 5);
  const batchId = demoId(`payout-batch:${year}-03`);
  await manager.query(`INSERT INTO payout_batches (id, message_id, requested_execution_date, status) VALUES ($1, $2, $3, 'PROCESSED')`, [
    batchId,
    `BV${batchId.replace(/-/g, '')}`,
    `${year}-03-05`,
  ]);
  for (const [n, member] of members.entries()) {
    const budgetId = demoId(`budget:${member.place.key}:${year}:ALLOWANCES`);
    await manager.query(`INSERT INTO payees (volunteer_id, date_of_birth, holder_name, iban) VALUES ($1, '1980-06-15', $2, $3)`, [
      member.volunteerId,
      `Demo ${member.place.name} ${member.index}`,
      demoIban(n + 1),
    ]);
    if (member.index === 5) {
      await seedApprovedClaim(manager, member.volunteerId, member.teamId, demoId(`budget:${member.place.key}:${year}:ACTIVITIES`), year);
      continue;
    }
    const monthly = member.index === 2 ? 18_000 : 15_000;
    const arrangementId = demoId(`arrangement:${member.volunteerId}`);
    await manager.query(
      `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on) VALUES ($1, $2, $3, 'FLAT_MONTHLY', $4, $5)`,
      [arrangementId, member.volunteerId, member.teamId, monthly, `${year}-01-01`],
    );
    for (const month of [1, 2, 3]) {
      const entryId = demoId(`allowance-entry:${member.volunteerId}:${month}`);
      await manager.query(
        `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, budget_id, volunteer_id, description) VALUES ($1, 'ALLOWANCE', $2, $3, $4, $5, $6, $7)`,
        [
          entryId,
          `budget:${budgetId}`,
          `payable:${member.volunteerId}`,
          monthly,
          budgetId,
          member.volunteerId,
          `Allowance ${year}-0${month}`,
        ],
      );
      await manager.query(
        `INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [demoId(`allowance:${member.volunteerId}:${month}`), arrangementId, member.volunteerId, `${year}-0${month}-01`, monthly, entryId],
      );
    }
    const paymentId = demoId(`payment:${member.volunteerId}:${year}-03`);
    const outEntry = demoId(`payout-entry:${paymentId}`);
    const paidOut = 2 * monthly;
    await manager.query(
      `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, volunteer_id, description) VALUES ($1, 'PAYOUT', $2, 'in-transit', $3, $4, 'Payout January–February')`,
      [outEntry, `payable:${member.volunteerId}`, paidOut, member.volunteerId],
    );
    await manager.query(
      `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, volunteer_id, description) VALUES ($1, 'PAYOUT', 'in-transit', 'bank', $2, $3, 'Paid January–February')`,
      [demoId(`paid-entry:${paymentId}`), paidOut, member.volunteerId],
    );
    await manager.query(
      `INSERT INTO payout_payments (id, batch_id, volunteer_id, end_to_end_id, amount_cents, creditor_name, creditor_iban, status, ledger_entry_id, status_code, booked_on) VALUES ($1, $2, $3, $4, $5, $6, $7, 'PAID', $8, 'ACSC', $9)`,
      [
        paymentId,
        batchId,
        member.volunteerId,
        `P${paymentId.replace(/-/g, '')}`,
        paidOut,
        `Demo ${member.place.name} ${member.index}`,
        demoIban(n + 1),
        outEntry,
        `${year}-03-05`,
      ],
    );
  }
}

async function seedApprovedClaim(
  manager: EntityManager,
  volunteerId: string,
  teamId: string,
  budgetId: string,
  year: number,
): Promise<void> {
  const claimId = demoId(`claim:${volunteerId}`);
  const entryId = demoId(`claim-entry:${volunteerId}`);
  await manager.query(
    `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, budget_id, volunteer_id, description) VALUES ($1, 'EXPENSE', $2, $3, 2340, $4, $5, 'Expense claim')`,
    [entryId, `budget:${budgetId}`, `payable:${volunteerId}`, budgetId, volunteerId],
  );
  await manager.query(
    `INSERT INTO expense_claims (id, volunteer_id, team_id, status, ledger_entry_id) VALUES ($1, $2, $3, 'APPROVED', $4)`,
    [claimId, volunteerId, teamId, entryId],
  );
  await manager.query(
    `INSERT INTO expense_claim_items (id, claim_id, category, kind, spent_on, amount_cents, receipt_ref, receipt_sha256) VALUES ($1, $2, 'MATERIALS', 'ADVANCE_FOR_FOUNDATION', $3, 2340, 'receipts/demo-materials.pdf', $4)`,
    [demoId(`claim-item:${volunteerId}`), claimId, `${year}-02-14`, 'd'.repeat(64)],
  );
}

/**
 * The demo runs in whatever year it is started, but the fiscal limits are data an admin enters each year (seeded up to
 * the last year they were announced). For a demo in a later year, the latest limits are copied, marked unconfirmed
 * and saying so, so that a production database never gets limits nobody entered.
 */
export async function demoRatesFor(manager: EntityManager, year: number): Promise<void> {
  await manager.query(
    `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source)
     SELECT $1::int, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, false, 'Demo: copied from ' || year || ' until an admin enters the limits of ' || $1::int
       FROM allowance_rates WHERE year < $1::int ORDER BY year DESC LIMIT 1
     ON CONFLICT (year) DO NOTHING`,
    [year],
  );
}
