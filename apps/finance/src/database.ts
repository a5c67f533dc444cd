import type { DatabaseDefinition } from '@buurtvolk/database';
import { catchUpMigration, indexOutboxHistoryMigration } from '@buurtvolk/events';
import { AuditEntry } from '@buurtvolk/subgraph-kit';
import { AllowanceRate } from './allowances/allowance-rate.entity';
import { Budget, FundingAgreement } from './funding/funding-agreement.entity';
import { LedgerEntry } from './ledger/ledger-entry.entity';
import { CreateFinanceSchema1764600000000 } from './migrations/1764600000000-create-finance-schema';
import { SeedAllowanceRates1764600100000 } from './migrations/1764600100000-seed-allowance-rates';
import { CreateAllowances1764600200000 } from './migrations/1764600200000-create-allowances';
import { CreateExpenseClaims1764600300000 } from './migrations/1764600300000-create-expense-claims';
import { HourlyAllowances1764600400000 } from './migrations/1764600400000-hourly-allowances';
import { CreatePayouts1764600500000 } from './migrations/1764600500000-create-payouts';
import { HourApprovalStates1764600700000 } from './migrations/1764600700000-hour-approval-states';
import { ScopeIdempotencyKeys1764600800000 } from './migrations/1764600800000-scope-idempotency-keys';
import { IndexTheLedger1764601000000 } from './migrations/1764601000000-index-the-ledger';
import { WriteOffs1764601100000 } from './migrations/1764601100000-write-offs';
import { IndexHotPaths1764601300000 } from './migrations/1764601300000-index-hot-paths';
import { DescribeExpenseClaims1764601400000 } from './migrations/1764601400000-describe-expense-claims';
import { IndexTheClaimQueue1764601500000 } from './migrations/1764601500000-index-the-claim-queue';
import { HeldAllowances1764601700000 } from './migrations/1764601700000-held-allowances';
import { ClaimItemKinds1764601710000 } from './migrations/1764601710000-claim-item-kinds';
import { IndexApprovedHoursByPerson1764601900000 } from './migrations/1764601900000-index-approved-hours-by-person';
import { IndexTheLedgerByDate1764602000000 } from './migrations/1764602000000-index-the-ledger-by-date';
import { FundersMoney1764601800000 } from './migrations/1764601800000-funders-money';
import { BankStatuses1764601600000 } from './migrations/1764601600000-bank-statuses';
import { IndexUnbookedPayments1764601600001 } from './migrations/1764601600001-index-unbooked-payments';
import { ExpenseClaim, ExpenseClaimItem } from './claims/expense-claim.entity';
import { SocialAssistance1764901100000 } from './migrations/1764901100000-social-assistance';
import { ExpenseClaimReceipt } from './claims/receipts/receipt.entity';
import { ReceiptFiles1764900000000 } from './migrations/1764900000000-receipt-files';
import { BudgetCommitments1764909100000 } from './migrations/1764909100000-budget-commitments';
import { BudgetCommitment } from './commitments/budget-commitment.entity';
import { orderedTeamDirectoryMigration } from '@buurtvolk/team-directory';

export const financeDatabase: DatabaseDefinition = {
  entities: [
    AllowanceRate,
    FundingAgreement,
    Budget,
    LedgerEntry,
    ExpenseClaim,
    ExpenseClaimItem,
    ExpenseClaimReceipt,
    BudgetCommitment,
    AuditEntry,
  ],
  migrations: [
    CreateFinanceSchema1764600000000,
    SeedAllowanceRates1764600100000,
    CreateAllowances1764600200000,
    CreateExpenseClaims1764600300000,
    HourlyAllowances1764600400000,
    CreatePayouts1764600500000,
    indexOutboxHistoryMigration(1764600600000),
    HourApprovalStates1764600700000,
    ScopeIdempotencyKeys1764600800000,
    orderedTeamDirectoryMigration(1764600900000),
    IndexTheLedger1764601000000,
    WriteOffs1764601100000,
    catchUpMigration(1764601200000),
    IndexHotPaths1764601300000,
    DescribeExpenseClaims1764601400000,
    IndexTheClaimQueue1764601500000,
    BankStatuses1764601600000,
    IndexUnbookedPayments1764601600001,
    HeldAllowances1764601700000,
    ClaimItemKinds1764601710000,
    FundersMoney1764601800000,
    IndexApprovedHoursByPerson1764601900000,
    IndexTheLedgerByDate1764602000000,
    ReceiptFiles1764900000000,
    SocialAssistance1764901100000,
    BudgetCommitments1764909100000,
  ],
};
