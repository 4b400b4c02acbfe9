import { query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import {
  BULK_ACTION,
  BULK_CANCEL,
  BULK_OPERATION,
  BULK_PREVIEW,
  bulkCustomers,
  finished,
  startBulk,
  statusCounts,
} from './support/bulk';

describe('customer bulk jobs', () => {
  it('should stop a cancelled bulk job between batches, leaving the processed customers done and the rest untouched', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 4_000);
    const id = await startBulk(tenant.owner.token, { target: { customerIds: ids }, action: 'DEACTIVATE' });
    const cancel = (await query(tenant.owner.token, BULK_CANCEL, { input: { id } })).customerBulkOperationCancel;
    expect(cancel.userErrors).toEqual([]);
    expect(cancel.bulkOperation!.status).toBe('CANCELLED');

    const stopped = await finished(tenant.owner.token, id);
    expect(stopped.status).toBe('CANCELLED');
    expect(stopped.processed).toBeLessThan(4_000);
    expect(stopped.processed).toBe(stopped.changed + stopped.skipped);
    // Nothing moves once it is cancelled.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
    expect(later.processed).toBe(stopped.processed);

    // Exactly the customers with an outcome were changed; every other one is as it was.
    const outcomes = await (
      await database('accounts')
    ).query<{ customer_id: string; outcome: string | null }[]>(
      `SELECT customer_id, outcome FROM accounts.customer_bulk_outcomes WHERE partner_id = $1 AND operation_id = $2`,
      [tenant.partnerId, id],
    );
    const done = outcomes.filter((row) => row.outcome === 'DONE').map((row) => row.customer_id);
    const pending = outcomes.filter((row) => row.outcome === null).map((row) => row.customer_id);
    expect(done).toHaveLength(stopped.changed);
    expect(pending).toHaveLength(4_000 - stopped.processed);
    if (done.length > 0) expect(await statusCounts(tenant.partnerId, done)).toEqual({ INACTIVE: done.length });
    expect(await statusCounts(tenant.partnerId, pending)).toEqual({ ACTIVE: pending.length });

    const again = (await query(tenant.owner.token, BULK_CANCEL, { input: { id } })).customerBulkOperationCancel;
    expect(again.userErrors.map((error) => error.code)).toEqual(['BULK_OPERATION_FINISHED']);
  }, 180_000);

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
