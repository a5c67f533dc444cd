/**
 * Every payable account's balance, as rows (volunteer_id, balance, entry_ids): approved money not yet paid out when
 * positive, money owed back when negative, with the ledger entries that make it up. One statement, one snapshot.
 */
export const PAYABLE_BALANCES_SQL = `
  SELECT substring(account FROM 9)::uuid AS volunteer_id, sum(delta) AS balance, array_agg(id) AS entry_ids FROM (
    SELECT id, to_account AS account, amount_cents AS delta FROM ledger_entries WHERE to_account LIKE 'payable:%'
    UNION ALL SELECT id, from_account, -amount_cents FROM ledger_entries WHERE from_account LIKE 'payable:%') m
  GROUP BY account`;
