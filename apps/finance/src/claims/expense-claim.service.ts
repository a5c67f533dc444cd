import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import {
  type AuditTrail,
  badUserInput,
  type Connection,
  conflict,
  decodeCursor,
  firstPagesOf,
  notFound,
  toConnection,
  updateVersioned,
} from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { AllowanceRate } from '../allowances/allowance-rate.entity';
import { checkCaps } from '../allowances/allowance.rules';
import { allowanceUsage } from '../allowances/allowance-usage';
import { limitExceeded } from '../allowances/allowance.service';
import { lockPersonYear } from '../allowances/held-allowances';
import { book, budgetShort, lockedBudgetAvailable } from '../ledger/bookings';
import { FINANCE_SOURCE } from '../funding/funding-events';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { DEFAULT_KIND } from './claim-item-kinds';
import { ClaimItemKind, ClaimStatus, ExpenseClaim, ExpenseClaimItem, type ExpenseCategory } from './expense-claim.entity';

export interface ClaimItemInput {
  category: ExpenseCategory;
  /** By default what costs of the category usually are (claim-item-kinds.ts). */
  kind?: ClaimItemKind | null;
  spentOn: string;
  amountCents: number;
  receiptRef: string;
  receiptSha256: string;
}

export interface ClaimPage {
  first: number;
  after?: string | null;
  status?: ClaimStatus | null;
}

/** PostgreSQL keeps microseconds and a cursor milliseconds: sorting and paging on milliseconds keeps them in step. */
const CREATED_MS = `date_trunc('milliseconds', c.created_at)`;

/** Which transitions a claim may make, and who makes them. */
const NEXT: Partial<Record<ClaimStatus, ClaimStatus[]>> = {
  [ClaimStatus.DRAFT]: [ClaimStatus.SUBMITTED],
  [ClaimStatus.INCOMPLETE]: [ClaimStatus.SUBMITTED],
  [ClaimStatus.SUBMITTED]: [ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.INCOMPLETE],
};

export class ExpenseClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** A volunteer drafts a claim for a team they belong to, with one or more receipted items. */
  async draft(teamId: string, items: ClaimItemInput[], idempotencyKey: string, description: string | null = null): Promise<ExpenseClaim> {
    const volunteerId = await this.policy.claimantFor(teamId);
    const today = todayInAmsterdam();
    items.forEach((item, i) => {
      if (item.spentOn > today)
        throw badUserInput('A cost cannot be in the future', [{ field: `items.${i}.spentOn`, message: 'must not be in the future' }]);
    });
    const { claimId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'draftExpenseClaim', key: idempotencyKey },
      async (manager) => {
        const claim = manager.create(ExpenseClaim, {
          id: randomUUID(),
          volunteerId,
          teamId,
          status: ClaimStatus.DRAFT,
          description: description?.trim() || null,
          reason: null,
          ledgerEntryId: null,
          version: 1,
        });
        await manager.save(claim);
        await manager.insert(
          ExpenseClaimItem,
          items.map((item) => ({ ...item, kind: item.kind ?? DEFAULT_KIND[item.category], id: randomUUID(), claimId: claim.id })),
        );
        await this.audit.record(manager, {
          action: 'claim.drafted',
          entityType: 'ExpenseClaim',
          entityId: claim.id,
          relatedIds: [volunteerId, teamId],
        });
        return { claimId: claim.id };
      },
    );
    return this.dataSource.getRepository(ExpenseClaim).findOneByOrFail({ id: claimId });
  }

  async submit(id: string, version: number): Promise<ExpenseClaim> {
    const claim = await this.load(id);
    this.policy.assertCanSubmitClaim(claim);
    return this.move(claim, version, ClaimStatus.SUBMITTED, null);
  }

  /** The team's coordinator or an admin approves, never the claimant; the cost is booked on the team's ACTIVITIES budget. */
  async approve(id: string, version: number, idempotencyKey: string): Promise<ExpenseClaim> {
    const claim = await this.decidable(id);
    const { claimId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'approveExpenseClaim', key: idempotencyKey },
      async (manager) => {
        const current = await manager.findOneByOrFail(ExpenseClaim, { id });
        if (current.status === ClaimStatus.APPROVED) throw conflict('This claim is already approved');
        assertTransition(current.status, ClaimStatus.APPROVED);
        const [{ total, year }] = await manager.query(
          `SELECT sum(amount_cents)::int AS total, extract(year FROM max(spent_on))::int AS year FROM expense_claim_items WHERE claim_id = $1`,
          [id],
        );
        await assertWithinCaps(manager, claim.volunteerId, id);
        const [budget] = await manager.query(`SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = 'ACTIVITIES'`, [
          claim.teamId,
          year,
        ]);
        if (!budget)
          throw badUserInput(`The team has no ACTIVITIES budget for ${year}`, [
            { field: 'id', message: 'belongs to a team without a budget for that year' },
          ]);
        // Money the team voted to spend (open commitments) is not there for claims.
        const left = await lockedBudgetAvailable(manager, budget.id);
        if (left < total) throw budgetShort('activities', left);
        const entry = await book(manager, {
          kind: LedgerEntryKind.EXPENSE,
          fromAccount: `budget:${budget.id}`,
          toAccount: `payable:${claim.volunteerId}`,
          amountCents: total,
          budgetId: budget.id,
          volunteerId: claim.volunteerId,
          description: 'Expense claim',
          idempotencyKey,
        });
        await updateVersioned(manager, ExpenseClaim, 'expense claim', id, version, {
          status: ClaimStatus.APPROVED,
          reason: null,
          ledgerEntryId: entry.id,
        });
        await this.audit.record(manager, {
          action: 'claim.approved',
          entityType: 'ExpenseClaim',
          entityId: id,
          relatedIds: [claim.volunteerId, entry.id],
        });
        await recordEvent(manager, FINANCE_SOURCE, 'ExpenseClaimApproved', {
          claimId: id,
          volunteerId: claim.volunteerId,
          teamId: claim.teamId,
          status: ClaimStatus.APPROVED,
          amountCents: total,
        });
        return { claimId: id };
      },
    );
    return this.dataSource.getRepository(ExpenseClaim).findOneByOrFail({ id: claimId });
  }

  async reject(id: string, version: number, reason: string): Promise<ExpenseClaim> {
    return this.move(await this.decidable(id), version, ClaimStatus.REJECTED, reason.trim());
  }

  async sendBack(id: string, version: number, reason: string): Promise<ExpenseClaim> {
    return this.move(await this.decidable(id), version, ClaimStatus.INCOMPLETE, reason.trim());
  }

  /** The person's own claims, newest first: for the person and admins. */
  async listOf(volunteerId: string, page: ClaimPage): Promise<Connection<ExpenseClaim>> {
    this.policy.assertCanListClaimsOf(volunteerId);
    if (!page.after)
      return this.firstPages.load(
        JSON.stringify({ owner: volunteerId, column: 'volunteer_id', first: page.first, status: page.status ?? null, scope: 'all' }),
      );
    return this.page(
      this.dataSource.getRepository(ExpenseClaim).createQueryBuilder('c').where('c.volunteer_id = :volunteerId', { volunteerId }),
      page,
    );
  }

  /** A team's claims, newest first: for admins, and for its coordinators the claims of its current members only. */
  async listOfTeam(teamId: string, page: ClaimPage): Promise<Connection<ExpenseClaim>> {
    const scope = this.policy.teamClaimScope(teamId);
    // The first page of many teams (a list of teams with their claims) comes in one statement.
    if (!page.after)
      return this.firstPages.load(
        JSON.stringify({ owner: teamId, column: 'team_id', first: page.first, status: page.status ?? null, scope }),
      );
    const query = this.dataSource.getRepository(ExpenseClaim).createQueryBuilder('c').where('c.team_id = :teamId', { teamId });
    if (scope === 'current-members') {
      query.andWhere(
        `EXISTS (SELECT 1 FROM directory_memberships m WHERE m.volunteer_id = c.volunteer_id AND m.team_id = c.team_id AND m.from_date <= :today AND (m.until_date IS NULL OR m.until_date >= :today))`,
        { today: todayInAmsterdam() },
      );
    }
    return this.page(query, page);
  }

  /** First pages of many teams' or people's claims, one statement per shape of page (owner column, size, status, scope). */
  private readonly firstPages = new DataLoader<string, Connection<ExpenseClaim>>(async (keys) => {
    type Asked = {
      owner: string;
      column: 'team_id' | 'volunteer_id';
      first: number;
      status: ClaimStatus | null;
      scope: 'all' | 'current-members';
    };
    const asked = keys.map((key) => JSON.parse(key) as Asked);
    const shapeOf = ({ column, first, status, scope }: Asked) => JSON.stringify({ column, first, status, scope });
    const pages = new Map<string, Connection<ExpenseClaim>>();
    for (const shape of new Set(asked.map(shapeOf))) {
      const { column, first, status, scope } = JSON.parse(shape) as Omit<Asked, 'owner'>;
      const owners = asked.filter((ask) => shapeOf(ask) === shape).map((ask) => ask.owner);
      const found = await firstPagesOf(
        this.dataSource,
        {
          table: 'expense_claims',
          alias: 'c',
          partition: `c.${column}`,
          orderBy: `${CREATED_MS} DESC, c.id DESC`,
          where: `($3::text IS NULL OR c.status = $3) AND ($4 <> 'current-members' OR EXISTS (SELECT 1 FROM directory_memberships m WHERE m.volunteer_id = c.volunteer_id AND m.team_id = c.team_id AND m.from_date <= $5 AND (m.until_date IS NULL OR m.until_date >= $5)))`,
          params: [status, scope, todayInAmsterdam()],
        },
        owners,
        first,
      );
      const ids = [...found.values()].flatMap((page) => page.ids);
      const claims = new Map((await this.dataSource.getRepository(ExpenseClaim).findBy({ id: In(ids) })).map((claim) => [claim.id, claim]));
      for (const owner of owners) {
        const page = found.get(owner.toLowerCase())!;
        pages.set(
          JSON.stringify({ owner, column, first, status, scope }),
          toConnection(
            page.ids.map((id) => claims.get(id)!),
            first,
            page.total,
            (claim) => [claim.createdAt.toISOString(), claim.id],
          ),
        );
      }
    }
    return keys.map((key) => pages.get(key)!);
  });

  /**
   * The claims of every team with one status (waiting for a decision: SUBMITTED), oldest first, so whoever works
   * through the queue starts with the claim that has waited longest. For admins.
   */
  async queue(page: ClaimPage & { status: ClaimStatus }): Promise<Connection<ExpenseClaim>> {
    this.policy.assertCanSeeClaimQueue();
    return this.page(this.dataSource.getRepository(ExpenseClaim).createQueryBuilder('c'), page, 'oldest-first');
  }

  private async page(
    query: ReturnType<Repository<ExpenseClaim>['createQueryBuilder']>,
    { first, after, status }: ClaimPage,
    order: 'newest-first' | 'oldest-first' = 'newest-first',
  ): Promise<Connection<ExpenseClaim>> {
    if (status) query.andWhere('c.status = :status', { status });
    const totalCount = await query.clone().getCount();
    // Fixed SQL per direction: nothing of the caller's goes into the ORDER BY or the comparison.
    const [compare, direction] = order === 'oldest-first' ? (['>', 'ASC'] as const) : (['<', 'DESC'] as const);
    if (after) {
      const [afterCreated, afterId] = decodeCursor(after, 2);
      query.andWhere(`(${CREATED_MS}, c.id) ${compare} (:afterCreated::timestamptz, :afterId::uuid)`, { afterCreated, afterId });
    }
    const rows = await query
      .orderBy(CREATED_MS, direction)
      .addOrderBy('c.id', direction)
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (claim) => [claim.createdAt.toISOString(), claim.id]);
  }

  private async load(id: string): Promise<ExpenseClaim> {
    const claim = await this.dataSource.getRepository(ExpenseClaim).findOneBy({ id });
    if (!claim) throw notFound('expense claim', id);
    return claim;
  }

  private async decidable(id: string): Promise<ExpenseClaim> {
    const claim = await this.load(id);
    await this.policy.assertCanDecideClaim(claim);
    return claim;
  }

  private async move(claim: ExpenseClaim, version: number, to: ClaimStatus, reason: string | null): Promise<ExpenseClaim> {
    assertTransition(claim.status, to);
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const moved = await updateVersioned(manager, ExpenseClaim, 'expense claim', claim.id, version, { status: to, reason });
      await this.audit.record(manager, {
        action: `claim.${to.toLowerCase()}`,
        entityType: 'ExpenseClaim',
        entityId: claim.id,
        relatedIds: [claim.volunteerId],
      });
      if (to === ClaimStatus.REJECTED || to === ClaimStatus.INCOMPLETE) {
        const [{ total }] = await manager.query(
          `SELECT coalesce(sum(amount_cents), 0)::int AS total FROM expense_claim_items WHERE claim_id = $1`,
          [claim.id],
        );
        await recordEvent(manager, FINANCE_SOURCE, 'ExpenseClaimReturned', {
          claimId: claim.id,
          volunteerId: claim.volunteerId,
          teamId: claim.teamId,
          status: to,
          amountCents: total,
        });
      }
      return moved;
    });
  }
}

/**
 * The volunteer's own costs count towards the allowance caps, each item in the month it was made and only when an
 * arrangement of theirs was in force that day; advances for the foundation never count (claim-item-kinds.ts). Each
 * month the claim touches must stay under the monthly cap, and its year under the yearly cap.
 */
async function assertWithinCaps(manager: EntityManager, volunteerId: string, claimId: string): Promise<void> {
  const months: { month: string; cents: number }[] = await manager.query(
    `SELECT to_char(i.spent_on, 'YYYY-MM') AS month, sum(i.amount_cents)::int AS cents FROM expense_claim_items i
      WHERE i.claim_id = $2 AND i.kind = $3
        AND EXISTS (SELECT 1 FROM allowance_arrangements a WHERE a.volunteer_id = $1 AND a.starts_on <= i.spent_on AND (a.ends_on IS NULL OR a.ends_on >= i.spent_on))
      GROUP BY 1 ORDER BY 1`,
    [volunteerId, claimId, ClaimItemKind.OWN_COSTS],
  );
  for (const year of [...new Set(months.map(({ month }) => Number(month.slice(0, 4))))]) await lockPersonYear(manager, volunteerId, year);
  const addedInYear = new Map<number, number>();
  for (const { month, cents } of months) {
    const year = Number(month.slice(0, 4));
    const rates = await manager.findOneBy(AllowanceRate, { year });
    if (!rates) continue;
    const usage = await allowanceUsage(manager, volunteerId, month);
    const earlier = addedInYear.get(year) ?? 0;
    const verdict = checkCaps(rates, { ...usage, usedThisYearCents: usage.usedThisYearCents + earlier, amountCents: cents });
    if (!verdict.ok) throw limitExceeded(verdict.message, verdict);
    addedInYear.set(year, earlier + cents);
  }
}

function assertTransition(from: ClaimStatus, to: ClaimStatus): void {
  if (!(NEXT[from] ?? []).includes(to)) throw conflict(`A claim that is ${from} cannot become ${to}`);
}
