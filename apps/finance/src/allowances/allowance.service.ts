import { isLocalDate, isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, groupInto, notFound } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { book, budgetShort, lockedBudgetLeft } from '../funding/funding.service';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { AllowanceRate } from './allowance-rate.entity';
import { ageOn, APPROACHING_SHARE, type AllowanceRates, checkCaps, maxHourlyCents } from './allowance.rules';

export interface ArrangementInput {
  volunteerId: string;
  teamId: string;
  kind: 'FLAT_MONTHLY' | 'HOURLY';
  amountCents: number;
  startsOn: string;
  dateOfBirth: string;
  socialAssistanceUnder27: boolean;
  idempotencyKey: string;
}

export interface CapStanding {
  volunteerId: string;
  year: number;
  month: string;
  usedThisMonthCents: number;
  usedThisYearCents: number;
  monthlyCapCents: number;
  yearlyCapCents: number;
}

export interface AllowanceUsage {
  usedThisMonthCents: number;
  usedThisYearCents: number;
  declaredElsewhereThisYearCents: number;
}

/** Allowance arrangements and their monthly payments, never over a fiscal cap. */
export class AllowanceService {
  /** Per request: the limits of each year asked for, in one statement. */
  private readonly ratesOfYear = new DataLoader<number, AllowanceRates | null>(async (years) => {
    const valid = years.filter(Number.isInteger);
    const found = valid.length ? await this.dataSource.getRepository(AllowanceRate).findBy({ year: In(valid) }) : [];
    return years.map((year) => found.find((rates) => rates.year === year) ?? null);
  });

  /** Per request, keyed `teamId|month`: everyone with an arrangement in the team and what counts towards their caps, in one statement per month. */
  private readonly usageOfTeam = new DataLoader<string, ({ volunteerId: string } & AllowanceUsage)[]>((keys) => this.loadUsageOfTeams(keys));

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** The limits that apply to someone born on this date, today. */
  async limitsFor(dateOfBirth: string): Promise<{ maxHourlyCents: number; monthlyCapCents: number }> {
    const today = todayInAmsterdam();
    const rates = await this.rates(Number(today.slice(0, 4)));
    return { maxHourlyCents: maxHourlyCents(rates, dateOfBirth, today.slice(0, 7)), monthlyCapCents: rates.monthlyCapCents };
  }

  async agree(input: ArrangementInput): Promise<string> {
    await this.policy.assertCanAgreeAllowance(input);
    const rates = await this.rates(Number(input.startsOn.slice(0, 4)));
    if (!isLocalDate(input.dateOfBirth)) throw badUserInput('dateOfBirth must be a date', [{ field: 'dateOfBirth', message: 'must be a date' }]);
    // Social assistance under 27: only reimbursement of proven costs, never an allowance (it would cut the benefit).
    if (input.socialAssistanceUnder27 && ageOn(input.dateOfBirth, input.startsOn) < 27) {
      throw badUserInput('A volunteer under 27 on social assistance can only be reimbursed proven costs, not paid an allowance', [{ field: 'kind', message: 'is not allowed with social assistance under 27' }]);
    }
    if (input.kind === 'HOURLY') {
      const max = maxHourlyCents(rates, input.dateOfBirth, input.startsOn.slice(0, 7));
      if (input.amountCents > max) throw limitExceeded(`The hourly rate may be at most ${max} cents for this volunteer's age`, { capCents: max, usedCents: 0, leftCents: max });
    } else if (input.amountCents > rates.monthlyCapCents) {
      throw limitExceeded(`A flat allowance may be at most the monthly cap of ${rates.monthlyCapCents} cents`, { capCents: rates.monthlyCapCents, usedCents: 0, leftCents: rates.monthlyCapCents });
    }
    const { arrangementId } = await once(this.dataSource, { caller: this.policy.identity, operation: 'agreeAllowanceArrangement', key: input.idempotencyKey }, async (manager) => {
      await manager.query(
        `INSERT INTO payees (volunteer_id, date_of_birth, social_assistance_under_27) VALUES ($1, $2, $3)
         ON CONFLICT (volunteer_id) DO UPDATE SET date_of_birth = EXCLUDED.date_of_birth, social_assistance_under_27 = EXCLUDED.social_assistance_under_27`,
        [input.volunteerId, input.dateOfBirth, input.socialAssistanceUnder27],
      );
      const id = randomUUID();
      // A new arrangement follows the open one from its start; one that starts on or before it would overlap it.
      const [open] = await manager.query(
        `SELECT starts_on::text AS "startsOn" FROM allowance_arrangements WHERE volunteer_id = $1 AND team_id = $2 AND ends_on IS NULL FOR UPDATE`,
        [input.volunteerId, input.teamId],
      );
      if (open && open.startsOn >= input.startsOn) {
        throw conflict(`An arrangement starting ${open.startsOn} is open for this person in this team; a new one must start after it`);
      }
      await manager.query(`UPDATE allowance_arrangements SET ends_on = $3::date - 1 WHERE volunteer_id = $1 AND team_id = $2 AND ends_on IS NULL AND starts_on < $3`, [input.volunteerId, input.teamId, input.startsOn]);
      await manager.query(
        `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, input.volunteerId, input.teamId, input.kind, input.amountCents, input.startsOn],
      );
      await this.audit.record(manager, { action: 'allowance-arrangement.agreed', entityType: 'AllowanceArrangement', entityId: id, relatedIds: [input.volunteerId, input.teamId] });
      return { arrangementId: id };
    });
    return arrangementId;
  }

  /** Pays a flat monthly allowance for a month of work from the team's ALLOWANCES budget, within the caps. */
  async payFlat(arrangementId: string, month: string, idempotencyKey: string): Promise<string> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badUserInput('month must look like 2026-03', [{ field: 'month', message: 'must be YYYY-MM' }]);
    const { allowanceId } = await once(this.dataSource, { caller: this.policy.identity, operation: 'payFlatAllowance', key: idempotencyKey }, async (manager) => {
      const [arrangement] = await manager.query(
        'SELECT id, volunteer_id, team_id, kind, amount_cents, starts_on::text AS starts_on, ends_on::text AS ends_on FROM allowance_arrangements WHERE id = $1 FOR UPDATE',
        [arrangementId],
      );
      if (!arrangement) throw notFound('allowance arrangement', arrangementId);
      await this.policy.assertCanPayAllowance({ teamId: arrangement.team_id, volunteerId: arrangement.volunteer_id });
      if (arrangement.kind !== 'FLAT_MONTHLY') throw badUserInput('This arrangement pays per approved hour, not a flat amount', [{ field: 'arrangementId', message: 'is HOURLY' }]);
      const firstDay = `${month}-01`;
      if (`${month}-31` < arrangement.starts_on || (arrangement.ends_on && firstDay > arrangement.ends_on)) {
        throw badUserInput('The arrangement did not run in that month', [{ field: 'month', message: 'is outside the arrangement' }]);
      }
      const [{ paid }] = await manager.query(`SELECT count(*)::int AS paid FROM allowances WHERE arrangement_id = $1 AND month = $2 AND status <> 'REVERSED'`, [arrangementId, firstDay]);
      if (paid) throw conflict(`The allowance for ${month} is already paid`);
      // One lock per person and year: two payments at once cannot both fit under a cap that has room for one.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 4))', [`${arrangement.volunteer_id}:${month.slice(0, 4)}`]);
      const rates = await this.rates(Number(month.slice(0, 4)), manager);
      const standing = await allowanceUsage(manager, arrangement.volunteer_id, month);
      const verdict = checkCaps(rates, { ...standing, amountCents: arrangement.amount_cents });
      if (!verdict.ok) throw limitExceeded(verdict.message, verdict);
      const budget = await allowancesBudget(manager, arrangement.team_id, Number(month.slice(0, 4)));
      const left = await lockedBudgetLeft(manager, budget);
      if (left < arrangement.amount_cents) throw budgetShort('allowances', left);
      const entry = await book(manager, {
        kind: LedgerEntryKind.ALLOWANCE,
        fromAccount: `budget:${budget}`,
        toAccount: `payable:${arrangement.volunteer_id}`,
        amountCents: arrangement.amount_cents,
        budgetId: budget,
        volunteerId: arrangement.volunteer_id,
        description: `Allowance ${month}`,
        idempotencyKey,
      });
      const id = randomUUID();
      await manager.query('INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6)', [id, arrangementId, arrangement.volunteer_id, firstDay, arrangement.amount_cents, entry.id]);
      await this.audit.record(manager, { action: 'allowance.paid', entityType: 'Allowance', entityId: id, relatedIds: [arrangement.volunteer_id, entry.id] });
      return { allowanceId: id };
    });
    return allowanceId;
  }

  async declareElsewhere(volunteerId: string, year: number, amountCents: number): Promise<void> {
    await this.policy.assertCanDeclareFor(volunteerId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO declared_elsewhere (volunteer_id, year, amount_cents) VALUES ($1, $2, $3) ON CONFLICT (volunteer_id, year) DO UPDATE SET amount_cents = EXCLUDED.amount_cents`,
        [volunteerId, year, amountCents],
      );
      await this.audit.record(manager, { action: 'allowance.declared-elsewhere', entityType: 'Payee', entityId: volunteerId });
    });
  }

  /**
   * People of a team whose allowances this month or year reach 80% of a cap, for the coordinator to act in time; of
   * those with an arrangement in the team, only the ones whose money the caller may see (see the policy).
   */
  async approachingCaps(teamId: string, month: string): Promise<CapStanding[]> {
    this.policy.assertManagesTeam(teamId);
    const year = Number(month.slice(0, 4));
    const rates = await this.ratesOfYear.load(year);
    if (!rates) throw noRates(year);
    const approaching = (await this.usageOfTeam.load(`${teamId}|${month}`)).filter(
      (row) => row.usedThisMonthCents >= rates.monthlyCapCents * APPROACHING_SHARE || row.usedThisYearCents + row.declaredElsewhereThisYearCents >= rates.yearlyCapCents * APPROACHING_SHARE,
    );
    const visible = await Promise.all(approaching.map((row) => this.policy.canSeePayee(row.volunteerId)));
    return approaching
      .filter((_, i) => visible[i])
      .map((row) => ({ volunteerId: row.volunteerId, year: rates.year, month, usedThisMonthCents: row.usedThisMonthCents, usedThisYearCents: row.usedThisYearCents + row.declaredElsewhereThisYearCents, monthlyCapCents: rates.monthlyCapCents, yearlyCapCents: rates.yearlyCapCents }));
  }

  private async loadUsageOfTeams(keys: readonly string[]): Promise<(({ volunteerId: string } & AllowanceUsage)[] | Error)[]> {
    const asked = keys.map((key) => {
      const [teamId, month] = key.split('|');
      return { teamId: teamId.toLowerCase(), month };
    });
    // A team id that is no UUID has no arrangements (and must not fail the statement for the others).
    const teamIds = [...new Set(asked.map(({ teamId }) => teamId).filter(isUuid))];
    const people: { teamId: string; volunteerId: string }[] = teamIds.length
      ? await this.dataSource.query('SELECT DISTINCT team_id AS "teamId", volunteer_id AS "volunteerId" FROM allowance_arrangements WHERE team_id = ANY($1::uuid[]) ORDER BY team_id, volunteer_id', [teamIds])
      : [];
    const groups = groupInto(teamIds, people, (row) => row.teamId);
    const peopleOf = new Map(teamIds.map((teamId, i) => [teamId, groups[i].map((row) => row.volunteerId)]));
    // One usage statement per month asked (a request normally asks one); a bad month fails only its own keys.
    const usageIn = new Map<string, Promise<Map<string, AllowanceUsage>>>();
    for (const month of new Set(asked.map((key) => key.month))) {
      const volunteerIds = asked.filter((key) => key.month === month).flatMap((key) => peopleOf.get(key.teamId) ?? []);
      usageIn.set(month, allowancesUsage(this.dataSource.manager, [...new Set(volunteerIds)], month));
    }
    return Promise.all(
      asked.map(async ({ teamId, month }) => {
        try {
          const usage = await usageIn.get(month)!;
          return (peopleOf.get(teamId) ?? []).map((volunteerId) => ({ volunteerId, ...usage.get(volunteerId)! }));
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
  }

  private async rates(year: number, manager: EntityManager = this.dataSource.manager): Promise<AllowanceRates> {
    const rates = await manager.findOneBy(AllowanceRate, { year });
    if (!rates) throw noRates(year);
    return rates;
  }
}

/**
 * What counts towards the caps this month and year: allowances paid (not held or reversed), costs reimbursed to
 * someone with an allowance arrangement (receipt-only volunteers have no cap), and what was declared from elsewhere.
 */
export async function allowanceUsage(manager: EntityManager, volunteerId: string, month: string): Promise<AllowanceUsage> {
  return (await allowancesUsage(manager, [volunteerId], month)).get(volunteerId.toLowerCase())!;
}

/** The same for many people in one statement, by (lower-case) volunteer id; everyone asked has an entry, zeros when nothing counts. */
export async function allowancesUsage(manager: EntityManager, volunteerIds: string[], month: string): Promise<Map<string, AllowanceUsage>> {
  if (!volunteerIds.length) return new Map();
  const rows: ({ volunteerId: string } & AllowanceUsage)[] = await manager.query(
    `WITH people AS (SELECT DISTINCT unnest($1::uuid[]) AS volunteer_id),
     counted AS (
       SELECT volunteer_id, month, amount_cents FROM allowances WHERE volunteer_id = ANY($1::uuid[]) AND status = 'PAID'
       UNION ALL
       SELECT c.volunteer_id, date_trunc('month', max(i.spent_on))::date, sum(i.amount_cents)
         FROM expense_claims c JOIN expense_claim_items i ON i.claim_id = c.id
        WHERE c.volunteer_id = ANY($1::uuid[]) AND c.status IN ('APPROVED', 'SCHEDULED', 'PAID')
          AND EXISTS (SELECT 1 FROM allowance_arrangements a WHERE a.volunteer_id = c.volunteer_id)
        GROUP BY c.id, c.volunteer_id)
     SELECT p.volunteer_id AS "volunteerId",
            coalesce(sum(k.amount_cents) FILTER (WHERE k.month = $2::date), 0)::int AS "usedThisMonthCents",
            coalesce(sum(k.amount_cents) FILTER (WHERE extract(year FROM k.month) = extract(year FROM $2::date)), 0)::int AS "usedThisYearCents",
            (SELECT coalesce(sum(d.amount_cents), 0)::int FROM declared_elsewhere d WHERE d.volunteer_id = p.volunteer_id AND d.year = extract(year FROM $2::date)) AS "declaredElsewhereThisYearCents"
       FROM people p LEFT JOIN counted k ON k.volunteer_id = p.volunteer_id
      GROUP BY p.volunteer_id`,
    [volunteerIds, `${month}-01`],
  );
  return new Map(rows.map(({ volunteerId, ...usage }) => [volunteerId, usage]));
}

function noRates(year: number): GraphQLError {
  return badUserInput(`There are no allowance limits for ${year} yet; an admin enters them first`, [{ field: 'year', message: 'has no allowance limits' }]);
}

async function allowancesBudget(manager: EntityManager, teamId: string, year: number): Promise<string> {
  const [budget] = await manager.query(`SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = 'ALLOWANCES'`, [teamId, year]);
  if (!budget) throw badUserInput(`The team has no ALLOWANCES budget for ${year}`, [{ field: 'arrangementId', message: 'belongs to a team without an allowances budget' }]);
  return budget.id;
}

export function limitExceeded(message: string, figures: { capCents: number; usedCents: number; leftCents: number }): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit: { capCents: figures.capCents, usedCents: figures.usedCents, leftCents: figures.leftCents } } });
}
