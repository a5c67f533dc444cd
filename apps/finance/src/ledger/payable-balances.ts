/**
 * Every payable account's balance, as rows (volunteer_id, balance, entry_ids): approved money not yet paid out when
 * positive, money owed back when negative, with the ledger entries that make it up. One statement, one snapshot.
 */
export const PAYABLE_BALANCES_SQL = `
  SELECT substring(account FROM 9)::uuid AS volunteer_id, sum(delta) AS balance, array_agg(id) AS entry_ids FROM (
    SELECT id, to_account AS account, amount_cents AS delta FROM ledger_entries WHERE to_account LIKE 'payable:%'
    UNION ALL SELECT id, from_account, -amount_cents FROM ledger_entries WHERE from_account LIKE 'payable:%') m
  GROUP BY account`;

/** One payee's balance, for a query over payees aliased `p`: what is still payable (negative: owed back). */
export const OPEN_BALANCE_SQL = `(SELECT coalesce(sum(CASE WHEN e.to_account = 'payable:' || p.volunteer_id THEN e.amount_cents ELSE -e.amount_cents END), 0)
   FROM ledger_entries e WHERE e.to_account = 'payable:' || p.volunteer_id OR e.from_account = 'payable:' || p.volunteer_id)`;
