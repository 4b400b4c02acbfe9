import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kept balance, proven. Each entry gets its place in its account's ledger (`sequence`, 1, 2,
 * …) and the balance after it. Two deferred constraint triggers check, at commit, what makes the
 * account's kept balance equal the sum of its entries, by induction and at a constant cost per
 * write however long the ledger: every entry's balance is its predecessor's plus its amount (so
 * the entries form an unbroken chain from 1), and the account keeps the balance of its last entry
 * with no entry after it. A write that breaks either fails the transaction.
 *
 * This names the billing accounts' table because the proof is the relation between the two.
 */
export class KeptBalanceChain1765200001000 implements MigrationInterface {
  name = 'KeptBalanceChain1765200001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing.ledger_entries
        ADD COLUMN sequence bigint,
        ADD COLUMN balance_after_minor bigint,
        ADD COLUMN reference text`);
    // The ledger refuses updates; numbering the entries already written is the one exception.
    await db.query(`ALTER TABLE billing.ledger_entries DISABLE TRIGGER ledger_entries_append_only`);
    await db.query(`
      UPDATE billing.ledger_entries e
         SET sequence = numbered.sequence, balance_after_minor = numbered.balance_after
        FROM (SELECT partner_id, id,
                     row_number() OVER account AS sequence,
                     (sum(amount_minor) OVER account)::bigint AS balance_after
                FROM billing.ledger_entries
              WINDOW account AS (PARTITION BY partner_id, customer_id ORDER BY created_at, id)) numbered
       WHERE e.partner_id = numbered.partner_id AND e.id = numbered.id`);
    await db.query(`ALTER TABLE billing.ledger_entries ENABLE TRIGGER ledger_entries_append_only`);
    await db.query(`
      ALTER TABLE billing.ledger_entries
        ALTER COLUMN sequence SET NOT NULL,
        ALTER COLUMN balance_after_minor SET NOT NULL,
        ADD CONSTRAINT ledger_entries_sequence_positive CHECK (sequence >= 1)`);
    await db.query(`
      CREATE UNIQUE INDEX ledger_entries_chain
          ON billing.ledger_entries (partner_id, customer_id, sequence) INCLUDE (balance_after_minor)`);
    // Newest first, ties broken by id: what a customer's ledger pages through.
    await db.query(`CREATE INDEX ledger_entries_newest ON billing.ledger_entries (partner_id, customer_id, created_at, id)`);
    await db.query(`
      UPDATE billing.billing_accounts a
         SET balance_minor = totals.balance, last_sequence = totals.entries
        FROM (SELECT partner_id, customer_id, sum(amount_minor)::bigint AS balance, count(*) AS entries
                FROM billing.ledger_entries GROUP BY partner_id, customer_id) totals
       WHERE a.partner_id = totals.partner_id AND a.customer_id = totals.customer_id`);

    await db.query(`
      CREATE FUNCTION billing.check_ledger_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        previous bigint;
        kept_sequence bigint;
      BEGIN
        IF NEW.sequence = 1 THEN
          previous := 0;
        ELSE
          SELECT balance_after_minor INTO previous FROM billing.ledger_entries
           WHERE partner_id = NEW.partner_id AND customer_id = NEW.customer_id AND sequence = NEW.sequence - 1;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'ledger entry % of customer % has no entry before it', NEW.sequence, NEW.customer_id;
          END IF;
        END IF;
        IF NEW.balance_after_minor <> previous + NEW.amount_minor THEN
          RAISE EXCEPTION 'ledger entry % of customer % does not add up: % + % <> %',
            NEW.sequence, NEW.customer_id, previous, NEW.amount_minor, NEW.balance_after_minor;
        END IF;
        SELECT last_sequence INTO kept_sequence FROM billing.billing_accounts
         WHERE partner_id = NEW.partner_id AND customer_id = NEW.customer_id;
        IF kept_sequence IS NULL OR kept_sequence < NEW.sequence THEN
          RAISE EXCEPTION 'the kept balance of customer % does not count ledger entry %', NEW.customer_id, NEW.sequence;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_chain AFTER INSERT ON billing.ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing.check_ledger_link()`);

    // Reads the account's row as it is at commit: the trigger's NEW may be an earlier version.
    await db.query(`
      CREATE FUNCTION billing.check_kept_balance() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        kept record;
        last_balance bigint;
      BEGIN
        SELECT balance_minor, last_sequence INTO kept FROM billing.billing_accounts
         WHERE partner_id = NEW.partner_id AND customer_id = NEW.customer_id;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;
        IF kept.last_sequence = 0 THEN
          last_balance := 0;
        ELSE
          SELECT balance_after_minor INTO last_balance FROM billing.ledger_entries
           WHERE partner_id = NEW.partner_id AND customer_id = NEW.customer_id AND sequence = kept.last_sequence;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'the kept balance of customer % counts entry %, which does not exist',
              NEW.customer_id, kept.last_sequence;
          END IF;
        END IF;
        IF kept.balance_minor <> last_balance THEN
          RAISE EXCEPTION 'the kept balance of customer % is %, its ledger sums to %',
            NEW.customer_id, kept.balance_minor, last_balance;
        END IF;
        IF EXISTS (SELECT 1 FROM billing.ledger_entries
                    WHERE partner_id = NEW.partner_id AND customer_id = NEW.customer_id
                      AND sequence = kept.last_sequence + 1) THEN
          RAISE EXCEPTION 'the kept balance of customer % does not count ledger entry %',
            NEW.customer_id, kept.last_sequence + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER billing_accounts_kept_balance
      AFTER INSERT OR UPDATE OF balance_minor, last_sequence ON billing.billing_accounts
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing.check_kept_balance()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER billing_accounts_kept_balance ON billing.billing_accounts`);
    await db.query(`DROP FUNCTION billing.check_kept_balance()`);
    await db.query(`DROP TRIGGER ledger_entries_chain ON billing.ledger_entries`);
    await db.query(`DROP FUNCTION billing.check_ledger_link()`);
    await db.query(`DROP INDEX billing.ledger_entries_newest`);
    await db.query(`DROP INDEX billing.ledger_entries_chain`);
    await db.query(`
      ALTER TABLE billing.ledger_entries
        DROP CONSTRAINT ledger_entries_sequence_positive,
        DROP COLUMN reference,
        DROP COLUMN balance_after_minor,
        DROP COLUMN sequence`);
  }
}
