import { randomUUID } from 'node:crypto';
import { graphql } from '../../gql';
import type { CustomersBulkActionInput } from '../../gql/graphql';
import { eventually, query } from '../../support/api';
import { database } from '../../support/databases';

export const BULK_PREVIEW = graphql(`
  query BulkPreview($input: CustomersBulkActionInput!) {
    customersBulkActionPreview(input: $input) {
      action
      total
      willChange
      willSkip
      runsInBackground
      skippedReasons {
        reason
        count
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BULK_ACTION = graphql(`
  mutation BulkAction($input: CustomersBulkActionInput!) {
    customersBulkAction(input: $input) {
      bulkOperation {
        id
        status
        total
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BULK_OPERATION = graphql(`
  query BulkOperation($id: ID!, $outcome: CustomerBulkOutcomeKind) {
    customerBulkOperation(id: $id) {
      id
      action
      status
      total
      processed
      changed
      skipped
      canUndo
      finishedAt
      outcomesCsvUrl
      skippedReasons {
        reason
        count
      }
      undoOf {
        id
      }
      undoneBy {
        id
      }
      outcomes(first: 5, outcome: $outcome) {
        totalCount
        nodes {
          outcome
          reason
          customer {
            id
            status
          }
        }
      }
    }
  }
`);

export const BULK_CANCEL = graphql(`
  mutation BulkCancel($input: CustomerBulkOperationCancelInput!) {
    customerBulkOperationCancel(input: $input) {
      bulkOperation {
        id
        status
        processed
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BULK_UNDO = graphql(`
  mutation BulkUndo($input: CustomerBulkOperationUndoInput!) {
    customerBulkOperationUndo(input: $input) {
      bulkOperation {
        id
        status
        total
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Starts a bulk action and answers its operation's id, failing the test on userErrors. */
export async function startBulk(token: string, input: CustomersBulkActionInput): Promise<string> {
  const data = await query(token, BULK_ACTION, { input });
  const operation = data.customersBulkAction.bulkOperation;
  if (!operation)
    throw new Error(`customersBulkAction refused: ${JSON.stringify(data.customersBulkAction.userErrors)}`);
  return operation.id;
}

/** Waits until the operation has finished (completed, cancelled or failed) and answers it. */
export async function finished(token: string, id: string) {
  return eventually(
    async () => {
      const operation = (await query(token, BULK_OPERATION, { id })).customerBulkOperation;
      return operation && ['COMPLETED', 'CANCELLED', 'FAILED'].includes(operation.status) ? operation : null;
    },
    `bulk operation ${id} to finish`,
    60_000,
  );
}

/**
 * Many customers of one tenant at once, written where accounts and messaging keep them (the API
 * creates one at a time). Named "Bulk <n>", with no email address, so that status notices about
 * thousands of them send nothing; returns their ids in order.
 */
export async function bulkCustomers(partnerId: string, count: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const rows = await (
    await database('accounts')
  ).query<{ id: string }[]>(
    `INSERT INTO accounts.customers (partner_id, id, account_number, name, country, currency, timezone, pricing_model)
     SELECT $1, gen_random_uuid(), 'B' || n || '-' || $3, 'Bulk ' || n, 'GB', 'GBP', 'UTC', 'PREPAID'
       FROM generate_series(1, $2::int) AS n
     RETURNING id`,
    [partnerId, count, tag],
  );
  const ids = rows.map((row) => row.id);
  await (
    await database('messaging')
  ).query(`INSERT INTO messaging.customer_directory (partner_id, customer_id) SELECT $1, unnest($2::uuid[])`, [
    partnerId,
    ids,
  ]);
  return ids;
}

/** How many of these customers have each status. */
export async function statusCounts(partnerId: string, ids: readonly string[]): Promise<Record<string, number>> {
  const rows = await (
    await database('accounts')
  ).query<{ status: string; count: number }[]>(
    `SELECT status, count(*)::int AS count FROM accounts.customers
      WHERE partner_id = $1 AND id = ANY($2::uuid[]) GROUP BY status`,
    [partnerId, ids],
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

export async function setStatus(partnerId: string, ids: readonly string[], status: string): Promise<void> {
  await (
    await database('accounts')
  ).query(`UPDATE accounts.customers SET status = $3 WHERE partner_id = $1 AND id = ANY($2::uuid[])`, [
    partnerId,
    ids,
    status,
  ]);
}
