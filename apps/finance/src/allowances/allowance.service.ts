import { isLocalDate, isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { type AuditTrail, badUserInput, conflict, groupInto, notFound } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { book, budgetShort, lockedBudgetLeft } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { AllowanceRate } from './allowance-rate.entity';
import { allowanceUsage, allowancesUsage, type AllowanceUsage } from './allowance-usage';
import { APPROACHING_SHARE, checkCaps, maxHourlyCents } from './allowance.rules';
import { type HeldAllowanceRow, HeldReason, listHeldAllowances, lockAllowanceYear, lockPersonYear } from './held-allowances';
import { needsMunicipalConsent } from './social-assistance';
import { SOCIAL_ASSISTANCE_REFUSAL, WITHHELD_REFUSAL } from './social-assistance.rules';

export interface ArrangementInput {
  volunteerId: string;
  teamId: string;
  kind: 'FLAT_MONTHLY' | 'HOURLY';
  amountCents: number;
  startsOn: string;
  dateOfBirth: string;
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
  limitsConfirmed: boolean;
}

export interface LimitWarning {
  kind: 'MISSING' | 'UNCONFIRMED';
  year: number;
  paymentsAllowed: boolean;
  message: string;
}

export interface FlatAllowanceWarning {
  id: string;
  volunteerId: string;
  teamId: string;
  month: string;
  amountCents: number;
  minutes: number;
  hourlyEquivalentCents: number | null;
  maxHourlyCents: number;
  limitsConfirmed: boolean;
}

/** Allowance arrangements and their monthly payments, never over a fiscal cap. */
export class AllowanceService {
  /** Per request: the limits of each year asked for, in one statement. */
  private readonly ratesOfYear = new DataLoader<number, AllowanceRate | null>(async (years) => {
    const valid = years.filter(Number.isInteger);
    const found = valid.length ? await this.dataSource.getRepository(AllowanceRate).findBy({ year: In(valid) }) : [];
    return years.map((year) => found.find((rates) => rates.year === year) ?? null);
  });

  /** Per request, keyed `teamId|month`: everyone with an arrangement in the team and what counts towards their caps, in one statement per month. */
  private readonly usageOfTeam = new DataLoader<string, ({ volunteerId: string } & AllowanceUsage)[]>((keys) =>
    this.loadUsageOfTeams(keys),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** The limits that apply to someone born on this date, today. */
  async limitsFor(dateOfBirth: string): Promise<{ maxHourlyCents: number; monthlyCapCents: number; limitsConfirmed: boolean }> {
    const today = todayInAmsterdam();
    const rates = await this.rates(Number(today.slice(0, 4)));
    return {
      maxHourlyCents: maxHourlyCents(rates, dateOfBirth, today.slice(0, 7)),
      monthlyCapCents: rates.monthlyCapCents,
      limitsConfirmed: rates.confirmed,
    };
  }

  /** A team's held allowances with their reasons: for admins, and for its coordinators those of people whose money they may see. */
  async heldOfTeam(teamId: string): Promise<HeldAllowanceRow[]> {
    this.policy.assertManagesTeam(teamId);
    if (!isUuid(teamId)) return [];
    const rows = await listHeldAllowances(this.dataSource.manager, teamId.toLowerCase());
    const visible = await Promise.all(rows.map((row) => this.policy.canSeePayee(row.volunteerId)));
    // Receiving bijstand is for the person and admins only: coordinators do not see allowances held for that reason.
    const admin = this.policy.identity?.role === Role.ADMIN;
    return rows.filter((row, i) => visible[i] && (admin || row.reason !== HeldReason.SOCIAL_ASSISTANCE));
  }

  /** Every team's held allowances, for admins. */
  async allHeld(): Promise<HeldAllowanceRow[]> {
    this.policy.assertSeesAllAllowances();
    return listHeldAllowances(this.dataSource.manager, null);
  }

  /**
   * What an admin must do about the limits: this year's or (from 1 November) next year's limits missing, and limits of
   * this year or later that are entered but not confirmed (saying whether payments under them were allowed).
   */
  async limitWarnings(today = todayInAmsterdam()): Promise<LimitWarning[]> {
    this.policy.assertSeesAllAllowances();
    const year = Number(today.slice(0, 4));
    const entered = await this.dataSource
      .getRepository(AllowanceRate)
      .find({ where: { year: MoreThanOrEqual(year) }, order: { year: 'ASC' } });
    const warnings: LimitWarning[] = [];
    const missing = (y: number) => !entered.some((rates) => rates.year === y);
    if (missing(year))
      warnings.push({
        kind: 'MISSING',
        year,
        paymentsAllowed: false,
        message: `There are no allowance limits for ${year}: hourly allowances are held and flat ones refused`,
      });
    if (today.slice(5, 7) >= '11' && missing(year + 1))
      warnings.push({
        kind: 'MISSING',
        year: year + 1,
        paymentsAllowed: false,
        message: `The allowance limits for ${year + 1} are not entered yet; from 1 January hourly allowances are held and flat ones refused until they are`,
      });
    for (const rates of entered.filter((candidate) => !candidate.confirmed)) {
      warnings.push({
        kind: 'UNCONFIRMED',
        year: rates.year,
        paymentsAllowed: rates.payable,
        message: `The ${rates.year} allowance limits are not confirmed${rates.payable ? '; an admin allowed payments under them' : '; payments wait until an admin confirms them or allows payments under them'}`,
      });
    }
    return warnings;
  }

  /**
   * Flat allowances of a year that are out of proportion to the work: the month's allowance divided by the person's
   * approved hours that month (in the arrangement's team) is above the hourly maximum for their age, or no hours were
   * approved at all. A flat fee out of proportion to the work is wages. For admins.
   */
  async flatAllowanceWarnings(year: number): Promise<FlatAllowanceWarning[]> {
    this.policy.assertSeesAllAllowances();
    const rates = await this.ratesOfYear.load(year);
    if (!rates) return [];
    const rows: {
      id: string;
      volunteerId: string;
      teamId: string;
      month: string;
      amountCents: number;
      dateOfBirth: string | null;
      minutes: number;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.volunteer_id AS "volunteerId", ar.team_id AS "teamId", to_char(a.month, 'YYYY-MM') AS month, a.amount_cents AS "amountCents",
              p.date_of_birth::text AS "dateOfBirth",
              (SELECT coalesce(sum(h.minutes), 0)::int FROM hour_approval_states h
                WHERE h.volunteer_id = a.volunteer_id AND h.team_id = ar.team_id AND h.approved
                  AND h.entry_date >= a.month AND h.entry_date < a.month + interval '1 month') AS minutes
         FROM allowances a JOIN allowance_arrangements ar ON ar.id = a.arrangement_id JOIN payees p ON p.volunteer_id = a.volunteer_id
        WHERE ar.kind = 'FLAT_MONTHLY' AND a.status = 'PAID' AND a.month >= make_date($1, 1, 1) AND a.month < make_date($1 + 1, 1, 1)
        ORDER BY a.month, ar.team_id, a.volunteer_id`,
      [year],
    );
    return rows.flatMap((row) => {
      // Without a birth date (erased) the higher, adult maximum is the benefit of the doubt.
      const max = row.dateOfBirth ? maxHourlyCents(rates, row.dateOfBirth, row.month) : rates.hourly21PlusCents;
      if (row.minutes > 0 && row.amountCents * 60 <= max * row.minutes) return [];
      return [
        {
          ...row,
          maxHourlyCents: max,
          hourlyEquivalentCents: row.minutes > 0 ? Math.round((row.amountCents * 60) / row.minutes) : null,
          limitsConfirmed: rates.confirmed,
        },
      ];
    });
  }

  async agree(input: ArrangementInput): Promise<string> {
    await this.policy.assertCanAgreeAllowance(input);
    const rates = await this.rates(Number(input.startsOn.slice(0, 4)));
    if (!isLocalDate(input.dateOfBirth))
      throw badUserInput('dateOfBirth must be a date', [{ field: 'dateOfBirth', message: 'must be a date' }]);
    if (input.kind === 'HOURLY') {
      const max = maxHourlyCents(rates, input.dateOfBirth, input.startsOn.slice(0, 7));
      if (input.amountCents > max)
        throw limitExceeded(`The hourly rate may be at most ${max} cents for this volunteer's age`, {
          capCents: max,
          usedCents: 0,
          leftCents: max,
        });
    } else if (input.amountCents > rates.monthlyCapCents) {
      throw limitExceeded(`A flat allowance may be at most the monthly cap of ${rates.monthlyCapCents} cents`, {
        capCents: rates.monthlyCapCents,
        usedCents: 0,
        leftCents: rates.monthlyCapCents,
      });
    }
    const { arrangementId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'agreeAllowanceArrangement', key: input.idempotencyKey },
      async (manager) => {
        await manager.query(
          // The deprecated social_assistance_under_27 column is cleared: bijstand is the volunteers service's record now.
          `INSERT INTO payees (volunteer_id, date_of_birth, social_assistance_under_27) VALUES ($1, $2, false)
         ON CONFLICT (volunteer_id) DO UPDATE SET date_of_birth = EXCLUDED.date_of_birth, social_assistance_under_27 = false`,
          [input.volunteerId, input.dateOfBirth],
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
        await manager.query(
          `UPDATE allowance_arrangements SET ends_on = $3::date - 1 WHERE volunteer_id = $1 AND team_id = $2 AND ends_on IS NULL AND starts_on < $3`,
          [input.volunteerId, input.teamId, input.startsOn],
        );
        await manager.query(
          `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, input.volunteerId, input.teamId, input.kind, input.amountCents, input.startsOn],
        );
        await this.audit.record(manager, {
          action: 'allowance-arrangement.agreed',
          entityType: 'AllowanceArrangement',
          entityId: id,
          relatedIds: [input.volunteerId, input.teamId],
        });
        return { arrangementId: id };
      },
    );
    return arrangementId;
  }

  /** Pays a flat monthly allowance for a month of work from the team's ALLOWANCES budget, within the caps. */
  async payFlat(arrangementId: string, month: string, idempotencyKey: string): Promise<string> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw badUserInput('month must look like 2026-03', [{ field: 'month', message: 'must be YYYY-MM' }]);
    const { allowanceId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'payFlatAllowance', key: idempotencyKey },
      async (manager) => {
        const [arrangement] = await manager.query(
          'SELECT id, volunteer_id, team_id, kind, amount_cents, starts_on::text AS starts_on, ends_on::text AS ends_on FROM allowance_arrangements WHERE id = $1 FOR UPDATE',
          [arrangementId],
        );
        if (!arrangement) throw notFound('allowance arrangement', arrangementId);
        await this.policy.assertCanPayAllowance({ teamId: arrangement.team_id, volunteerId: arrangement.volunteer_id });
        if (arrangement.kind !== 'FLAT_MONTHLY')
          throw badUserInput('This arrangement pays per approved hour, not a flat amount', [
            { field: 'arrangementId', message: 'is HOURLY' },
          ]);
        const firstDay = `${month}-01`;
        if (`${month}-31` < arrangement.starts_on || (arrangement.ends_on && firstDay > arrangement.ends_on)) {
          throw badUserInput('The arrangement did not run in that month', [{ field: 'month', message: 'is outside the arrangement' }]);
        }
        const [{ paid }] = await manager.query(
          `SELECT count(*)::int AS paid FROM allowances WHERE arrangement_id = $1 AND month = $2 AND status <> 'REVERSED'`,
          [arrangementId, firstDay],
        );
        if (paid) throw conflict(`The allowance for ${month} is already paid`);
        // The year's lock for held allowances first, then one per person and year: two payments at once cannot both fit
        // under a cap that has room for one (see held-allowances.ts for the order).
        await lockAllowanceYear(manager, Number(month.slice(0, 4)));
        await lockPersonYear(manager, arrangement.volunteer_id, Number(month.slice(0, 4)));
        if (await needsMunicipalConsent(manager, arrangement.volunteer_id, month)) {
          // Only admins learn why: that the person receives bijstand is not for their coordinators.
          if (this.policy.identity?.role !== Role.ADMIN)
            throw badUserInput(WITHHELD_REFUSAL, [{ field: 'arrangementId', message: 'cannot be paid now; an admin can see why' }]);
          throw badUserInput(SOCIAL_ASSISTANCE_REFUSAL, [
            { field: 'arrangementId', message: 'is for a person under 27 on social assistance' },
          ]);
        }
        const rates = await this.rates(Number(month.slice(0, 4)), manager);
        if (!rates.payable) throw limitsUnconfirmed(rates.year);
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
        await manager.query(
          'INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6)',
          [id, arrangementId, arrangement.volunteer_id, firstDay, arrangement.amount_cents, entry.id],
        );
        await this.audit.record(manager, {
          action: 'allowance.paid',
          entityType: 'Allowance',
          entityId: id,
          relatedIds: [arrangement.volunteer_id, entry.id],
        });
        return { allowanceId: id };
      },
    );
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
      (row) =>
        row.usedThisMonthCents >= rates.monthlyCapCents * APPROACHING_SHARE ||
        row.usedThisYearCents + row.declaredElsewhereThisYearCents >= rates.yearlyCapCents * APPROACHING_SHARE,
    );
    const visible = await Promise.all(approaching.map((row) => this.policy.canSeePayee(row.volunteerId)));
    return approaching
      .filter((_, i) => visible[i])
      .map((row) => ({
        volunteerId: row.volunteerId,
        year: rates.year,
        month,
        usedThisMonthCents: row.usedThisMonthCents,
        usedThisYearCents: row.usedThisYearCents + row.declaredElsewhereThisYearCents,
        monthlyCapCents: rates.monthlyCapCents,
        yearlyCapCents: rates.yearlyCapCents,
        limitsConfirmed: rates.confirmed,
      }));
  }

  private async loadUsageOfTeams(keys: readonly string[]): Promise<(({ volunteerId: string } & AllowanceUsage)[] | Error)[]> {
    const asked = keys.map((key) => {
      const [teamId, month] = key.split('|');
      return { teamId: teamId.toLowerCase(), month };
    });
    // A team id that is no UUID has no arrangements (and must not fail the statement for the others).
    const teamIds = [...new Set(asked.map(({ teamId }) => teamId).filter(isUuid))];
    const people: { teamId: string; volunteerId: string }[] = teamIds.length
      ? await this.dataSource.query(
          'SELECT DISTINCT team_id AS "teamId", volunteer_id AS "volunteerId" FROM allowance_arrangements WHERE team_id = ANY($1::uuid[]) ORDER BY team_id, volunteer_id',
          [teamIds],
        )
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

  private async rates(year: number, manager: EntityManager = this.dataSource.manager): Promise<AllowanceRate> {
    const rates = await manager.findOneBy(AllowanceRate, { year });
    if (!rates) throw noRates(year);
    return rates;
  }
}

function limitsUnconfirmed(year: number): GraphQLError {
  return badUserInput(
    `The ${year} allowance limits are not confirmed; an admin confirms them, or explicitly allows payments under them first`,
    [{ field: 'month', message: 'is in a year whose limits are not confirmed' }],
  );
}

function noRates(year: number): GraphQLError {
  return badUserInput(`There are no allowance limits for ${year} yet; an admin enters them first`, [
    { field: 'year', message: 'has no allowance limits' },
  ]);
}

async function allowancesBudget(manager: EntityManager, teamId: string, year: number): Promise<string> {
  const [budget] = await manager.query(`SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = 'ALLOWANCES'`, [
    teamId,
    year,
  ]);
  if (!budget)
    throw badUserInput(`The team has no ALLOWANCES budget for ${year}`, [
      { field: 'arrangementId', message: 'belongs to a team without an allowances budget' },
    ]);
  return budget.id;
}

export function limitExceeded(message: string, figures: { capCents: number; usedCents: number; leftCents: number }): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'LIMIT_EXCEEDED',
      limit: { capCents: figures.capCents, usedCents: figures.usedCents, leftCents: figures.leftCents },
    },
  });
}
