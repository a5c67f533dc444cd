import { DIRECTORY_COPY, type PersonalDataDeclaration, personalDataExportPart } from '@buurtvolk/subgraph-kit';

/** What the finance service holds about a person: payee details (name, IBAN, birth date), arrangements, money and claims. */
export const FINANCE_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'payees', column: 'volunteer_id' },
    { table: 'allowance_arrangements', column: 'volunteer_id' },
    { table: 'allowances', column: 'volunteer_id' },
    { table: 'declared_elsewhere', column: 'volunteer_id' },
    { table: 'expense_claims', column: 'volunteer_id' },
    { table: 'expense_claim_items', column: 'claim_id', through: { table: 'expense_claims', column: 'volunteer_id' } },
    { table: 'expense_claim_receipts', column: 'claim_id', through: { table: 'expense_claims', column: 'volunteer_id' } },
    { table: 'payout_payments', column: 'volunteer_id' },
    { table: 'ledger_entries', column: 'volunteer_id' },
    { table: 'hour_approval_states', column: 'volunteer_id' },
    { table: 'payee_social_assistance', column: 'volunteer_id' },
  ],
  notPersonal: [DIRECTORY_COPY],
};

export const [FinanceExportReference, FinanceExportResolver] = personalDataExportPart(
  'finance',
  'Payee details with the IBAN, allowance arrangements, allowances, declared allowances, expense claims, payments and ledger entries',
  FINANCE_PERSONAL_DATA,
);
