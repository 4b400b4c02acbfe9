import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { TEST_BULK_ACTION_BATCH_SIZE } from '../support/env';
import { seed } from '../support/seed';
import {
  BULK_ACTION,
  BULK_CANCEL,
  BULK_OPERATION,
  BULK_PREVIEW,
  BULK_UNDO,
  bulkCustomers,
  finished,
  setStatus,
  startBulk,
  statusCounts,
} from './support/bulk';

describe('customer bulk jobs', () => {
  it('should answer a bulk action over a filter of a few thousand customers at once, then fix and act on its target page by page in the background', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 3_000);
    const suspended = ids.slice(0, 120);
    const inactive = ids.slice(120, 150);
    const excluded = ids.slice(150, 160);
    await setStatus(tenant.partnerId, suspended, 'SUSPENDED');
    await setStatus(tenant.partnerId, inactive, 'INACTIVE');
    const input = {
      target: { filter: { query: 'Bulk', country: ['GB'] }, excludeIds: excluded },
      action: 'SUSPEND' as const,
      reason: 'Paged',
    };
    const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview).toMatchObject({ total: 2_990, willChange: 2_840, willSkip: 150, runsInBackground: true });

    // The request records the operation and queues it: no customer is acted on, nor any outcome written, by it.
    const started = performance.now();
    const answer = (await query(tenant.owner.token, BULK_ACTION, { input })).customersBulkAction;
    const answeredInMs = performance.now() - started;
    expect(answer.userErrors).toEqual([]);
    expect(['QUEUED', 'RUNNING']).toContain(answer.bulkOperation!.status);
    expect(answeredInMs).toBeLessThan(5_000);
    const id = answer.bulkOperation!.id;

    const done = await finished(tenant.owner.token, id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      total: 2_990,
      processed: 2_990,
      changed: 2_840,
      skipped: 150,
      canUndo: true,
    });
    expect(done.skippedReasons).toEqual(preview.skippedReasons);
    expect(done.skippedReasons).toEqual([
      { reason: 'already suspended', count: 120 },
      { reason: 'is inactive', count: 30 },
    ]);
    // One outcome per customer of the target, in every page; the ones left out have none and are untouched.
    const outcomes = await (
      await database('accounts')
    ).query<{ outcome: string; count: number; customers: number }[]>(
      `SELECT outcome, count(*)::int AS count, count(DISTINCT customer_id)::int AS customers
         FROM accounts.customer_bulk_outcomes WHERE partner_id = $1 AND operation_id = $2
        GROUP BY outcome ORDER BY outcome`,
      [tenant.partnerId, id],
    );
    expect(outcomes).toEqual([
      { outcome: 'DONE', count: 2_840, customers: 2_840 },
      { outcome: 'SKIPPED', count: 150, customers: 150 },
    ]);
    expect(await statusCounts(tenant.partnerId, excluded)).toEqual({ ACTIVE: 10 });
    expect(await statusCounts(tenant.partnerId, ids)).toEqual({ SUSPENDED: 2_960, INACTIVE: 30, ACTIVE: 10 });
    const [audited] = await (
      await database('accounts')
    ).query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM accounts.audit_log
        WHERE partner_id = $1 AND action = 'customer.suspended' AND details->>'bulkOperationId' = $2`,
      [tenant.partnerId, id],
    );
    expect(audited!.count).toBe(2_840);
  }, 300_000);

  it('should stop a cancelled bulk job between pages, leaving each customer done with its outcome or untouched, and undo exactly the done ones', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 5_000);
    const id = await startBulk(tenant.owner.token, { target: { filter: { country: ['GB'] } }, action: 'DEACTIVATE' });
    // Cancelled once some pages are done, so it stops mid-way.
    await eventually(
      async () => {
        const operation = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
        return operation.processed > 0 ? operation : null;
      },
      'a first page to commit',
      120_000,
    );
    const cancel = (await query(tenant.owner.token, BULK_CANCEL, { input: { id } })).customerBulkOperationCancel;
    expect(cancel.userErrors).toEqual([]);
    expect(cancel.bulkOperation!.status).toBe('CANCELLED');

    const stopped = await finished(tenant.owner.token, id);
    expect(stopped.status).toBe('CANCELLED');
    expect(stopped.processed).toBeGreaterThan(0);
    expect(stopped.processed).toBeLessThan(5_000);
    expect(stopped.processed).toBe(stopped.changed + stopped.skipped);
    expect(stopped.processed % TEST_BULK_ACTION_BATCH_SIZE).toBe(0);
    // Nothing moves once it is cancelled.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
    expect(later.processed).toBe(stopped.processed);

    // Exactly the customers with an outcome were changed; every other one has none and is as it was.
    const outcomes = await (
      await database('accounts')
    ).query<{ customer_id: string; outcome: string | null }[]>(
      `SELECT customer_id, outcome FROM accounts.customer_bulk_outcomes WHERE partner_id = $1 AND operation_id = $2`,
      [tenant.partnerId, id],
    );
    const done = outcomes.filter((row) => row.outcome === 'DONE').map((row) => row.customer_id);
    expect(done).toHaveLength(stopped.changed);
    expect(outcomes).toHaveLength(stopped.processed);
    const decided = new Set(outcomes.map((row) => row.customer_id));
    const untouched = ids.filter((customerId) => !decided.has(customerId));
    expect(untouched).toHaveLength(5_000 - stopped.processed);
    expect(await statusCounts(tenant.partnerId, done)).toEqual({ INACTIVE: done.length });
    expect(await statusCounts(tenant.partnerId, untouched)).toEqual({ ACTIVE: untouched.length });
    // Pages go in customer id order: every customer decided comes before every one untouched.
    const sorted = [...ids].sort();
    expect(new Set(sorted.slice(0, stopped.processed))).toEqual(decided);

    const again = (await query(tenant.owner.token, BULK_CANCEL, { input: { id } })).customerBulkOperationCancel;
    expect(again.userErrors.map((error) => error.code)).toEqual(['BULK_OPERATION_FINISHED']);

    // The undo puts back exactly the customers it changed.
    const undo = (await query(tenant.owner.token, BULK_UNDO, { input: { id } })).customerBulkOperationUndo;
    expect(undo.userErrors).toEqual([]);
    const undone = await finished(tenant.owner.token, undo.bulkOperation!.id);
    expect(undone).toMatchObject({ status: 'COMPLETED', processed: done.length, changed: done.length, skipped: 0 });
    const undoOutcomes = await (
      await database('accounts')
    ).query<{ customer_id: string }[]>(
      `SELECT customer_id FROM accounts.customer_bulk_outcomes
        WHERE partner_id = $1 AND operation_id = $2 AND outcome = 'DONE'`,
      [tenant.partnerId, undo.bulkOperation!.id],
    );
    expect(new Set(undoOutcomes.map((row) => row.customer_id))).toEqual(new Set(done));
    expect(await statusCounts(tenant.partnerId, ids)).toEqual({ ACTIVE: 5_000 });
  }, 300_000);

  it('should resume a job the queue runs again after a crash from the last committed page, doing no customer twice', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 4_000);
    const id = await startBulk(tenant.owner.token, { target: { filter: { country: ['GB'] } }, action: 'SUSPEND' });
    await eventually(async () => {
      const operation = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
      return operation.processed > 0 ? operation : null;
    }, 'a first page to commit');
    await query(tenant.owner.token, BULK_CANCEL, { input: { id } });
    const stopped = await finished(tenant.owner.token, id);
    expect(stopped.processed).toBeGreaterThan(0);
    expect(stopped.processed).toBeLessThan(4_000);

    // What a crash between pages leaves behind: the operation RUNNING after its last committed
    // page, and the queue handing its job out again.
    const accounts = await database('accounts');
    await accounts.query(
      `UPDATE accounts.customer_bulk_operations SET status = 'RUNNING', cancel_requested_at = NULL, finished_at = NULL
        WHERE partner_id = $1 AND id = $2`,
      [tenant.partnerId, id],
    );
    await accounts.query(`INSERT INTO queue.job (name, data) VALUES ('accounts.customer-bulk-operation', $1)`, [
      { partnerId: tenant.partnerId, operationId: id },
    ]);

    const resumed = await finished(tenant.owner.token, id);
    expect(resumed).toMatchObject({ status: 'COMPLETED', total: 4_000, processed: 4_000, changed: 4_000, skipped: 0 });
    expect(await statusCounts(tenant.partnerId, ids)).toEqual({ SUSPENDED: 4_000 });
    // Each customer suspended once: one outcome, one status change, one audit entry.
    const [counts] = await accounts.query<{ outcomes: number; changes: number; customers: number; audited: number }[]>(
      `SELECT (SELECT count(*)::int FROM accounts.customer_bulk_outcomes WHERE partner_id = $1 AND operation_id = $2) AS outcomes,
              (SELECT count(*)::int FROM accounts.customer_status_changes WHERE partner_id = $1 AND transition = 'SUSPEND') AS changes,
              (SELECT count(DISTINCT customer_id)::int FROM accounts.customer_status_changes WHERE partner_id = $1) AS customers,
              (SELECT count(*)::int FROM accounts.audit_log
                WHERE partner_id = $1 AND action = 'customer.suspended' AND details->>'bulkOperationId' = $2::text) AS audited`,
      [tenant.partnerId, id],
    );
    expect(counts).toEqual({ outcomes: 4_000, changes: 4_000, customers: 4_000, audited: 4_000 });
  }, 300_000);

  it("should never touch another tenant's customers, named by id or matched by a filter", async () => {
    const [mine, theirs] = await Promise.all([seed.partner(), seed.partner()]);
    const [myIds, theirIds] = await Promise.all([bulkCustomers(mine.partnerId, 3), bulkCustomers(theirs.partnerId, 3)]);
    // Naming one of theirs refuses the whole action, as naming a customer that does not exist does.
    const byId = { target: { customerIds: [myIds[0]!, ...theirIds] }, action: 'SUSPEND' as const };
    const preview = (await query(mine.owner.token, BULK_PREVIEW, { input: byId })).customersBulkActionPreview;
    expect(preview.total).toBe(0);
    expect(preview.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['NOT_FOUND', ['input', 'target', 'customerIds', '1']],
      ['NOT_FOUND', ['input', 'target', 'customerIds', '2']],
      ['NOT_FOUND', ['input', 'target', 'customerIds', '3']],
    ]);
    const refused = (await query(mine.owner.token, BULK_ACTION, { input: byId })).customersBulkAction;
    expect(refused.bulkOperation).toBeNull();
    expect(refused.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await statusCounts(mine.partnerId, myIds)).toEqual({ ACTIVE: 3 });

    // Their customers match the filter's text too ("Bulk …"), but not the caller's partner.
    const byFilter = { target: { filter: { query: 'Bulk' } }, action: 'DEACTIVATE' as const };
    const filtered = await finished(mine.owner.token, await startBulk(mine.owner.token, byFilter));
    expect(filtered).toMatchObject({ status: 'COMPLETED', total: 3, changed: 3 });
    expect(await statusCounts(theirs.partnerId, theirIds)).toEqual({ ACTIVE: 3 });
    expect(await statusCounts(mine.partnerId, myIds)).toEqual({ INACTIVE: 3 });

    // Nor can they see, cancel or undo the caller's operations.
    const other = (await query(theirs.owner.token, BULK_OPERATION, { id: filtered.id })).customerBulkOperation;
    expect(other).toBeNull();
    const cancel = (await query(theirs.owner.token, BULK_CANCEL, { input: { id: filtered.id } }))
      .customerBulkOperationCancel;
    expect(cancel.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  }, 180_000);
});
