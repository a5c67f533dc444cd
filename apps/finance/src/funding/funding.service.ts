import { formatEuros, isUuid, money } from '@buurtvolk/domain';
import { lockAllowanceYear, releaseHeldAllowances } from '../allowances/held-allowances';
import { type AuditTrail, badUserInput, conflict, groupInto, notFound } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { book, lockedBudgetLeft } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { Budget, FundingAgreement } from './funding-agreement.entity';
import { recordCostsBooked, recordFundingAgreement } from './funding-events';
import type { AllocateBudgetInput, BudgetCategory, CreateFundingAgreementInput, ReverseLedgerEntryInput } from './funding.inputs';

export interface BudgetLine {
  category: BudgetCategory;
  allocatedCents: number;
  spentCents: number;
  /** Reserved by the team's open budget commitments (commitments/), not spent yet. */
  committedCents: number;
  leftCents: number;
}

/** What an agreement has put into one team budget, net of reversals. */
export interface AgreementAllocation {
  teamId: string;
  year: number;
  category: BudgetCategory;
  cents: number;
}

/** An agreement's money as the ledger has it: allocated in all (net of reversals), and per team budget. */
export interface AgreementAllocations {
  allocatedCents: number;
  allocations: AgreementAllocation[];
}

/** Funding agreements and the budgets allocated from them; every amount is a ledger movement. */
export class FundingService {
  /** Per request, keyed `teamId|year`: one statement for the budgets of every team asked for. */
  private readonly budgets = new DataLoader<string, BudgetLine[]>((keys) => this.loadBudgetLines(keys));
  /** Per request, keyed by agreement id: one statement for the allocations of every agreement asked for. */
  private readonly agreementAllocations = new DataLoader<string, AgreementAllocations>((ids) => this.loadAllocations(ids));

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: TeamDirectory,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  async createAgreement(input: CreateFundingAgreementInput): Promise<FundingAgreement> {
    if (input.endsOn < input.startsOn)
      throw badUserInput('endsOn must not be before startsOn', [{ field: 'endsOn', message: `must be on or after ${input.startsOn}` }]);
    const teamIds = input.teamIds ?? [];
    const neighbourhoodIds = input.neighbourhoodIds ?? [];
    if (!teamIds.length && !neighbourhoodIds.length)
      throw badUserInput('Say which teams or neighbourhoods the agreement covers', [
        { field: 'teamIds', message: 'or neighbourhoodIds must name at least one' },
      ]);
    const { agreementId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'createFundingAgreement', key: input.idempotencyKey },
      async (manager) => {
        const agreement = manager.create(FundingAgreement, {
          id: randomUUID(),
          partnerId: input.partnerId,
          title: input.title.trim(),
          amountCents: String(input.amount.cents),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          teamIds: [...new Set(teamIds)],
          neighbourhoodIds: [...new Set(neighbourhoodIds)],
          socialReturnCentsPerEuro: input.socialReturnCentsPerEuro,
          version: 1,
        });
        await manager.save(agreement);
        await this.audit.record(manager, {
          action: 'funding-agreement.created',
          entityType: 'FundingAgreement',
          entityId: agreement.id,
          relatedIds: [input.partnerId],
        });
        await recordFundingAgreement(manager, agreement);
        return { agreementId: agreement.id };
      },
    );
    return this.dataSource.getRepository(FundingAgreement).findOneByOrFail({ id: agreementId });
  }

  /** Moves money from an agreement to a team's budget; never more than the agreement has left. */
  async allocate(input: AllocateBudgetInput): Promise<LedgerEntry> {
    const { entryId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'allocateBudget', key: input.idempotencyKey },
      async (manager) => {
        const agreement = await manager
          .getRepository(FundingAgreement)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :id', { id: input.agreementId })
          .getOne();
        if (!agreement) throw notFound('funding agreement', input.agreementId);
        if (!(await this.covers(agreement, input.teamId)))
          throw badUserInput('The agreement does not cover this team', [{ field: 'teamId', message: 'is not covered by the agreement' }]);
        const year = `${input.year}`;
        if (year < agreement.startsOn.slice(0, 4) || year > agreement.endsOn.slice(0, 4)) {
          throw badUserInput(`The agreement runs from ${agreement.startsOn} to ${agreement.endsOn}`, [
            { field: 'year', message: 'is outside the agreement' },
          ]);
        }
        const left = BigInt(agreement.amountCents) - (await allocatedFrom(manager, agreement.id));
        if (BigInt(input.amount.cents) > left) throw overAllocated(left, input.amount.cents);
        // Allowances held for want of this budget are released below, under the year's lock (allowances/held-allowances.ts).
        if (input.category === 'ALLOWANCES') await lockAllowanceYear(manager, input.year);
        const budget = await budgetFor(manager, input.teamId, input.year, input.category);
        const entry = await book(manager, {
          kind: LedgerEntryKind.ALLOCATION,
          fromAccount: `agreement:${agreement.id}`,
          toAccount: `budget:${budget.id}`,
          amountCents: input.amount.cents,
          agreementId: agreement.id,
          budgetId: budget.id,
          description: `Allocation to ${input.category} ${input.year}`,
          idempotencyKey: input.idempotencyKey,
        });
        await this.audit.record(manager, {
          action: 'budget.allocated',
          entityType: 'LedgerEntry',
          entityId: entry.id,
          relatedIds: [agreement.id, budget.id],
        });
        await recordCostsBooked(manager, entry, budget);
        if (input.category === 'ALLOWANCES') await releaseHeldAllowances(manager, { year: input.year, teamId: input.teamId }, this.audit);
        return { entryId: entry.id };
      },
    );
    return this.dataSource.getRepository(LedgerEntry).findOneByOrFail({ id: entryId });
  }

  /** Corrects a movement by booking its mirror image; the original stays. */
  async reverse(input: ReverseLedgerEntryInput): Promise<LedgerEntry> {
    const { entryId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'reverseLedgerEntry', key: input.idempotencyKey },
      async (manager) => {
        const original = await manager.findOneBy(LedgerEntry, { id: input.entryId });
        if (!original) throw notFound('ledger entry', input.entryId);
        if (original.kind === LedgerEntryKind.REVERSAL)
          throw badUserInput('A reversal is not reversed; book a new entry instead', [{ field: 'entryId', message: 'is a reversal' }]);
        // Money on its way to the bank is settled by the bank's status report; booking it back by hand would make it
        // payable again while the bank still pays it, and the next batch would pay it twice.
        if (original.kind === LedgerEntryKind.PAYOUT)
          throw badUserInput('A payout is settled by the bank’s status report, not reversed by hand', [
            { field: 'entryId', message: 'is a payout' },
          ]);
        // Two reversals at once (different keys) queue here; the unique index on reverses_entry_id backs this up.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 6))', [original.id]);
        // Taking an allocation back can only take what the team has not spent.
        if (original.kind === LedgerEntryKind.ALLOCATION && original.budgetId) {
          const left = await lockedBudgetLeft(manager, original.budgetId);
          if (left < Number(original.amountCents))
            throw conflict(`Only ${formatEuros(money(left))} of this allocation is unspent; book a smaller correction instead`);
        }
        const [{ reversed }] = await manager.query('SELECT count(*)::int AS reversed FROM ledger_entries WHERE reverses_entry_id = $1', [
          original.id,
        ]);
        if (reversed) throw conflict('This entry is already reversed');
        const entry = await book(manager, {
          kind: LedgerEntryKind.REVERSAL,
          fromAccount: original.toAccount,
          toAccount: original.fromAccount,
          amountCents: Number(original.amountCents),
          agreementId: original.agreementId,
          budgetId: original.budgetId,
          volunteerId: original.volunteerId,
          reversesEntryId: original.id,
          description: `Reversal: ${input.reason.trim()}`,
          idempotencyKey: input.idempotencyKey,
        });
        await this.audit.record(manager, {
          action: 'ledger.reversed',
          entityType: 'LedgerEntry',
          entityId: entry.id,
          relatedIds: [original.id],
        });
        // Only a reversed allocation takes costs back; other movements were never costs of their own.
        if (original.kind === LedgerEntryKind.ALLOCATION && original.budgetId)
          await recordCostsBooked(manager, entry, await manager.findOneByOrFail(Budget, { id: original.budgetId }));
        // A reversed allowance no longer counts towards the caps, and its month can be paid again.
        if (original.kind === LedgerEntryKind.ALLOWANCE)
          await manager.query(`UPDATE allowances SET status = 'REVERSED' WHERE ledger_entry_id = $1`, [original.id]);
        return { entryId: entry.id };
      },
    );
    return this.dataSource.getRepository(LedgerEntry).findOneByOrFail({ id: entryId });
  }

  /** Allocated, spent and left per category, derived from the ledger: inflow from agreements is allocated, the rest is spending. */
  budgetLines(teamId: string, year: number): Promise<BudgetLine[]> {
    return this.budgets.load(`${teamId}|${year}`);
  }

  private async loadBudgetLines(keys: readonly string[]): Promise<BudgetLine[][]> {
    // A team id that is no UUID has no budget (and must not fail the statement for the others).
    const wanted = keys.map((key) => key.split('|')).filter(([teamId]) => isUuid(teamId));
    const rows: { teamId: string; year: number; category: BudgetCategory; allocated: string; spent: string; committed: string }[] =
      wanted.length
        ? await this.dataSource.query(
            `SELECT b.team_id AS "teamId", b.year, b.category,
                  coalesce(sum(CASE WHEN e.to_account = 'budget:' || b.id AND e.from_account LIKE 'agreement:%' THEN e.amount_cents
                                    WHEN e.from_account = 'budget:' || b.id AND e.to_account LIKE 'agreement:%' THEN -e.amount_cents ELSE 0 END), 0) AS allocated,
                  coalesce(sum(CASE WHEN e.from_account = 'budget:' || b.id AND e.to_account NOT LIKE 'agreement:%' THEN e.amount_cents
                                    WHEN e.to_account = 'budget:' || b.id AND e.from_account NOT LIKE 'agreement:%' THEN -e.amount_cents ELSE 0 END), 0) AS spent,
                  (SELECT coalesce(sum(c.amount_cents), 0) FROM budget_commitments c WHERE c.budget_id = b.id AND c.status = 'OPEN') AS committed
             FROM budgets b LEFT JOIN ledger_entries e ON e.budget_id = b.id
            WHERE (b.team_id, b.year) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))
            GROUP BY b.id, b.team_id, b.year, b.category ORDER BY b.category`,
            [wanted.map(([teamId]) => teamId), wanted.map(([, year]) => Number(year))],
          )
        : [];
    // PostgreSQL answers with lower-case UUIDs; a key may have been asked in upper case.
    return groupInto(
      keys.map((key) => key.toLowerCase()),
      rows,
      (row) => `${row.teamId}|${row.year}`,
    ).map((lines) =>
      lines.map((row) => ({
        category: row.category,
        allocatedCents: Number(row.allocated),
        spentCents: Number(row.spent),
        committedCents: Number(row.committed),
        leftCents: Number(row.allocated) - Number(row.spent) - Number(row.committed),
      })),
    );
  }

  /** What an agreement has allocated, in all and per team budget (admins: budgets are not the funder's to see). */
  allocationsOf(agreementId: string): Promise<AgreementAllocations> {
    this.policy.assertCanSeeAllocations();
    return this.agreementAllocations.load(agreementId);
  }

  private async loadAllocations(ids: readonly string[]): Promise<AgreementAllocations[]> {
    // Every movement out of an agreement's account (allocations) and back into it (their reversals), by budget.
    const accounts = ids.filter(isUuid).map((id) => `agreement:${id.toLowerCase()}`);
    const rows: { account: string; teamId: string | null; year: number | null; category: BudgetCategory | null; cents: string }[] =
      accounts.length
        ? await this.dataSource.query(
            `SELECT m.account, b.team_id AS "teamId", b.year, b.category, sum(m.delta) AS cents
             FROM (SELECT from_account AS account, budget_id, amount_cents AS delta FROM ledger_entries WHERE from_account = ANY($1)
                   UNION ALL SELECT to_account, budget_id, -amount_cents FROM ledger_entries WHERE to_account = ANY($1)) m
             LEFT JOIN budgets b ON b.id = m.budget_id
            GROUP BY m.account, b.team_id, b.year, b.category
            ORDER BY b.year, b.team_id, b.category`,
            [accounts],
          )
        : [];
    return ids.map((id) => {
      const own = rows.filter((row) => row.account === `agreement:${id.toLowerCase()}`);
      return {
        allocatedCents: own.reduce((sum, row) => sum + Number(row.cents), 0),
        // A budget whose allocations were all reversed has nothing of the agreement left in it.
        allocations: own
          .filter((row) => row.teamId && Number(row.cents) !== 0)
          .map((row) => ({ teamId: row.teamId!, year: Number(row.year), category: row.category!, cents: Number(row.cents) })),
      };
    });
  }

  /** The books add up: balances sum to zero, no budget below zero, no agreement allocated beyond its amount. */
  async check(): Promise<{ balanced: boolean; entries: number; accounts: number; problems: string[] }> {
    const balances: { account: string; balance: string }[] = await this.dataSource.query(
      `SELECT account, sum(delta) AS balance FROM (
         SELECT to_account AS account, amount_cents AS delta FROM ledger_entries
         UNION ALL SELECT from_account, -amount_cents FROM ledger_entries) movements
       GROUP BY account`,
    );
    const [{ entries }] = await this.dataSource.query('SELECT count(*)::int AS entries FROM ledger_entries');
    const agreements = await this.dataSource.getRepository(FundingAgreement).find();
    const problems: string[] = [];
    const total = balances.reduce((sum, row) => sum + BigInt(row.balance), 0n);
    if (total !== 0n) problems.push(`Balances sum to ${total} cents instead of 0`);
    for (const row of balances) {
      if (row.account.startsWith('budget:') && BigInt(row.balance) < 0n)
        problems.push(`${row.account} is overspent by ${-BigInt(row.balance)} cents`);
      const agreement = row.account.startsWith('agreement:') && agreements.find((candidate) => `agreement:${candidate.id}` === row.account);
      if (agreement && -BigInt(row.balance) > BigInt(agreement.amountCents)) problems.push(`${row.account} allocated beyond its amount`);
      if (row.account.startsWith('funder-receivable:') && BigInt(row.balance) < 0n)
        problems.push(`${row.account} received more than was invoiced`);
    }
    return { balanced: problems.length === 0, entries, accounts: balances.length, problems };
  }

  private async covers(agreement: FundingAgreement, teamId: string): Promise<boolean> {
    if (agreement.teamIds.includes(teamId)) return true;
    const place = await this.directory.team.load(teamId);
    return place !== null && agreement.neighbourhoodIds.includes(place.neighbourhoodId);
  }
}

async function allocatedFrom(manager: EntityManager, agreementId: string): Promise<bigint> {
  const [{ net }] = await manager.query(
    `SELECT coalesce(sum(CASE WHEN from_account = $1 THEN amount_cents ELSE -amount_cents END), 0) AS net FROM ledger_entries WHERE from_account = $1 OR to_account = $1`,
    [`agreement:${agreementId}`],
  );
  return BigInt(net);
}

async function budgetFor(manager: EntityManager, teamId: string, year: number, category: BudgetCategory): Promise<Budget> {
  await manager.query(
    'INSERT INTO budgets (id, team_id, year, category) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, year, category) DO NOTHING',
    [randomUUID(), teamId, year, category],
  );
  return manager.findOneByOrFail(Budget, { teamId, year, category });
}

/** A CONFLICT (the agreement's money ran out), marked at the amount so a form can say it beside the field. */
function overAllocated(left: bigint, asked: number): GraphQLError {
  return new GraphQLError(`The agreement has ${left} cents left to allocate; ${asked} were asked`, {
    extensions: { code: 'CONFLICT', fields: [{ field: 'amount.cents', message: `is more than the ${left} cents the agreement has left` }] },
  });
}
