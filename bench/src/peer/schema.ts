/** What the PostGraphile peer reads: a schema of the bench's own, never part of the product's. */
export const PEER_SCHEMA = 'bench_peer';

/** The subgraphs' pool size (the kit's default), so the peer has as many connections as accounts. */
export const PEER_POOL_SIZE = 10;

/**
 * `bench_peer.customers`: the customers the admin app's list shows with no status filter set
 * (every status but CLOSED), with the columns the page reads; the partner is the connection's
 * `condition`, as PostGraphile filters. `bench_peer.customers_balance`: a computed column with
 * billing's kept balance and its currency, as the billing subgraph answers `Customer.balance`.
 * PostGraphile calls it inside the page's one statement, once a row.
 */
export function peerSchemaSql(statuses: readonly string[]): string {
  const statusList = statuses.map((status) => `'${status.replace(/'/g, "''")}'`).join(', ');
  return `
    DROP SCHEMA IF EXISTS ${PEER_SCHEMA} CASCADE;
    CREATE SCHEMA ${PEER_SCHEMA};
    CREATE VIEW ${PEER_SCHEMA}.customers AS
      SELECT id, partner_id, account_number, name, status, email, created_at
        FROM accounts.customers
       WHERE status IN (${statusList});
    CREATE TYPE ${PEER_SCHEMA}.money AS (amount_minor bigint, currency text);
    CREATE FUNCTION ${PEER_SCHEMA}.customers_balance(c ${PEER_SCHEMA}.customers) RETURNS ${PEER_SCHEMA}.money
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$
        SELECT a.balance_minor, a.currency::text
          FROM billing.billing_accounts a
         WHERE a.partner_id = c.partner_id AND a.customer_id = c.id
      $$;`;
}
