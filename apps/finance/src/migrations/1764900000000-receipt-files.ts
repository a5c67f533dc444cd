import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipts as files: one uploaded file per claim item (its object-store key, the type its bytes show, size and the
 * SHA-256 the server computed), and when a claim was closed (paid or rejected), from which its seven years of
 * retention run. A trigger keeps closed_at in step with every path that moves a claim (decisions, bank statuses), so
 * a claim paid and then returned by the bank is open again and its receipt cannot be cleaned up meanwhile.
 */
export class ReceiptFiles1764900000000 implements MigrationInterface {
  name = 'ReceiptFiles1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE expense_claim_receipts (
        item_id uuid PRIMARY KEY REFERENCES expense_claim_items (id),
        claim_id uuid NOT NULL REFERENCES expense_claims (id),
        object_key text NOT NULL UNIQUE,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/heic')),
        size_bytes int NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by text NOT NULL
      )`);
    await db.query(`CREATE INDEX expense_claim_receipts_by_claim ON expense_claim_receipts (claim_id)`);

    await db.query(`ALTER TABLE expense_claims ADD COLUMN closed_at timestamptz`);
    await db.query(`
      UPDATE expense_claims c SET closed_at = coalesce(
        (SELECT p.status_changed_at FROM payout_payments p WHERE p.id = c.payment_id),
        (SELECT max(a.occurred_at) FROM audit_log a WHERE a.entity_id = c.id AND a.action = 'claim.rejected'),
        now())
      WHERE c.status IN ('PAID', 'REJECTED')`);
    await db.query(`
      CREATE FUNCTION expense_claims_closed_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('PAID', 'REJECTED') THEN
          IF TG_OP = 'INSERT' THEN
            NEW.closed_at := coalesce(NEW.closed_at, now());
          ELSIF OLD.status IS DISTINCT FROM NEW.status OR NEW.closed_at IS NULL THEN
            NEW.closed_at := now();
          END IF;
        ELSE
          NEW.closed_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER expense_claims_closed_at BEFORE INSERT OR UPDATE OF status ON expense_claims
        FOR EACH ROW EXECUTE FUNCTION expense_claims_closed_at()`);
    // The clean-up asks for receipts of claims closed long ago: few rows, found through this index.
    await db.query(`CREATE INDEX expense_claims_closed ON expense_claims (closed_at) WHERE closed_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER expense_claims_closed_at ON expense_claims');
    await db.query('DROP FUNCTION expense_claims_closed_at()');
    await db.query('ALTER TABLE expense_claims DROP COLUMN closed_at');
    await db.query('DROP TABLE expense_claim_receipts');
  }
}
