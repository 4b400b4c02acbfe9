import { randomUUID } from 'node:crypto';
import { CUSTOMER_DEACTIVATED, CUSTOMER_SUSPENDED } from '@clientele/subgraph-kit';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { listenFor } from '../support/listener';
import { seed } from '../support/seed';
import {
  BULK_OPERATION,
  BULK_PREVIEW,
  BULK_UNDO,
  bulkCustomers,
  finished,
  setStatus,
  startBulk,
  statusCounts,
} from './support/bulk';

describe('customer bulk actions', () => {
  it('should deactivate a few thousand customers as a job, skipping some with their reasons as the preview said, then undo it except where changed since', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 2_000);
    const alreadyInactive = ids.slice(0, 100);
    const closed = ids.slice(100, 150);
    await setStatus(tenant.partnerId, alreadyInactive, 'INACTIVE');
    await setStatus(tenant.partnerId, closed, 'CLOSED');
    const input = {
      target: { customerIds: ids },
      action: 'DEACTIVATE' as const,
      reason: 'Unpaid since March',
    };
    const listener = await listenFor(CUSTOMER_DEACTIVATED);
    try {
      const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
      expect(preview).toMatchObject({
        action: 'DEACTIVATE',
        total: 2_000,
        willChange: 1_850,
        willSkip: 150,
        runsInBackground: true,
        userErrors: [],
      });
      expect(preview.skippedReasons).toEqual([
        { reason: 'already inactive', count: 100 },
        { reason: 'is closed', count: 50 },
      ]);

      const id = await startBulk(tenant.owner.token, input);
      const done = await finished(tenant.owner.token, id);
      // The run decides by the same rules as its preview.
      expect(done).toMatchObject({
        status: 'COMPLETED',
        total: preview.total,
        processed: preview.total,
        changed: preview.willChange,
        skipped: preview.willSkip,
        canUndo: true,
      });
      expect(done.skippedReasons).toEqual(preview.skippedReasons);
      expect(await statusCounts(tenant.partnerId, ids)).toEqual({ INACTIVE: 1_950, CLOSED: 50 });

      // Each customer's change is recorded, audited and published as a single suspension's is.
      const accounts = await database('accounts');
      const [records] = await accounts.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM accounts.customer_status_changes
          WHERE partner_id = $1 AND transition = 'DEACTIVATE' AND reason = 'Unpaid since March'`,
        [tenant.partnerId],
      );
      expect(records!.count).toBe(1_850);
      const [audited] = await accounts.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM accounts.audit_log
          WHERE partner_id = $1 AND action = 'customer.deactivated' AND details->>'bulkOperationId' = $2`,
        [tenant.partnerId, id],
      );
      expect(audited!.count).toBe(1_850);
      await eventually(
        () =>
          Promise.resolve(
            listener.received.filter((event) => event.partnerId === tenant.partnerId).length >= 1_850 ? true : null,
          ),
        'a customer.deactivated event per customer',
        // 1,850 events go through the queue to billing, messaging and this listener alike.
        60_000,
      );
      const published = listener.received.filter((event) => event.partnerId === tenant.partnerId);
      expect(new Set(published.map((event) => event.data.customerId)).size).toBe(1_850);
      expect(published[0]!.data).toMatchObject({
        previousStatus: 'ACTIVE',
        status: 'INACTIVE',
        reason: 'Unpaid since March',
      });

      const skippedPage = (await query(tenant.owner.token, BULK_OPERATION, { id, outcome: 'SKIPPED' }))
        .customerBulkOperation!.outcomes;
      expect(skippedPage.totalCount).toBe(150);
      for (const node of skippedPage.nodes) {
        expect(node.outcome).toBe('SKIPPED');
        expect(['already inactive', 'is closed']).toContain(node.reason);
        expect(node.customer?.status).toMatch(/INACTIVE|CLOSED/);
      }

      // The outcomes download as CSV, one line per customer.
      const response = await fetch(`${testStack().gatewayUrl}${done.outcomesCsvUrl}`, {
        headers: { authorization: `Bearer ${tenant.owner.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await response.text()).trim().split('\n');
      expect(lines[0]).toBe('customerId,accountNumber,name,outcome,reason');
      expect(lines).toHaveLength(2_001);
      expect(lines.filter((line) => line.endsWith(',DONE,'))).toHaveLength(1_850);
      expect(lines.filter((line) => line.endsWith(',SKIPPED,already inactive'))).toHaveLength(100);

      // Someone reactivates ten of them meanwhile: the undo leaves those as they are.
      const changedSince = ids.slice(150, 160);
      await setStatus(tenant.partnerId, changedSince, 'ACTIVE');
      const undo = (await query(tenant.owner.token, BULK_UNDO, { input: { id } })).customerBulkOperationUndo;
      expect(undo.userErrors).toEqual([]);
      expect(undo.bulkOperation!.total).toBe(1_850);
      const undone = await finished(tenant.owner.token, undo.bulkOperation!.id);
      expect(undone).toMatchObject({
        status: 'COMPLETED',
        action: 'DEACTIVATE',
        processed: 1_850,
        changed: 1_840,
        skipped: 10,
        canUndo: false,
        undoOf: { id },
      });
      expect(undone.skippedReasons).toEqual([{ reason: 'changed since', count: 10 }]);
      // Back as they were: the 100 inactive before stay inactive, the closed stay closed.
      expect(await statusCounts(tenant.partnerId, ids)).toEqual({ ACTIVE: 1_850, INACTIVE: 100, CLOSED: 50 });
      expect(await statusCounts(tenant.partnerId, alreadyInactive)).toEqual({ INACTIVE: 100 });

      const original = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
      expect(original).toMatchObject({ canUndo: false, undoneBy: { id: undo.bulkOperation!.id } });
      const again = (await query(tenant.owner.token, BULK_UNDO, { input: { id } })).customerBulkOperationUndo;
      expect(again.bulkOperation).toBeNull();
      expect(again.userErrors.map((error) => error.code)).toEqual(['BULK_OPERATION_NOT_UNDOABLE']);
    } finally {
      await listener.stop();
    }
  }, 300_000);

  it('should suspend inside the request for a small target, publishing what a single suspension publishes for each customer', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 20);
    await setStatus(tenant.partnerId, ids.slice(0, 5), 'SUSPENDED');
    const listener = await listenFor(CUSTOMER_SUSPENDED);
    try {
      const id = await startBulk(tenant.owner.token, {
        target: { customerIds: ids },
        action: 'SUSPEND',
        reason: 'Fraud check',
      });
      // Small enough to finish before the answer.
      const operation = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
      expect(operation).toMatchObject({ status: 'COMPLETED', total: 20, changed: 15, skipped: 5 });
      expect(operation.skippedReasons).toEqual([{ reason: 'already suspended', count: 5 }]);
      await eventually(
        () =>
          Promise.resolve(
            listener.received.filter((event) => event.partnerId === tenant.partnerId).length >= 15 ? true : null,
          ),
        'a customer.suspended event per customer suspended',
      );
      const published = listener.received.filter((event) => event.partnerId === tenant.partnerId);
      expect(published.map((event) => event.data.customerId).sort()).toEqual([...ids.slice(5)].sort());
      for (const event of published) {
        expect(event.data).toMatchObject({ previousStatus: 'ACTIVE', status: 'SUSPENDED', reason: 'Fraud check' });
      }
    } finally {
      await listener.stop();
    }
  }, 120_000);

  it('should tag the customers a filter matches less the excluded ones, then undo only the tags it added', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 620);
    const accounts = await database('accounts');
    const preTagged = ids.slice(0, 5);
    await accounts.query(
      `INSERT INTO accounts.customer_tags (partner_id, customer_id, tag)
       SELECT $1, id, tag FROM unnest($2::uuid[]) AS id CROSS JOIN unnest(ARRAY['vip', 'Q4']::citext[]) AS tag`,
      [tenant.partnerId, preTagged],
    );
    const excluded = ids.slice(5, 15);
    const inactive = ids.slice(15, 35);
    // The list's default filter leaves CLOSED out; asking for ACTIVE leaves these INACTIVE ones out too.
    await setStatus(tenant.partnerId, inactive, 'INACTIVE');
    const input = {
      target: { filter: { query: 'Bulk', status: ['ACTIVE' as const] }, excludeIds: excluded },
      action: 'ADD_TAGS' as const,
      tagIds: ['vip', 'q4'],
    };
    const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview).toMatchObject({ total: 590, willChange: 585, willSkip: 5, runsInBackground: true });
    expect(preview.skippedReasons).toEqual([{ reason: 'already tagged', count: 5 }]);

    const id = await startBulk(tenant.owner.token, input);
    const done = await finished(tenant.owner.token, id);
    expect(done).toMatchObject({ status: 'COMPLETED', total: 590, changed: 585, skipped: 5 });
    const tagsOf = async (customerIds: readonly string[]) =>
      (
        await accounts.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM accounts.customer_tags WHERE partner_id = $1 AND customer_id = ANY($2::uuid[])`,
          [tenant.partnerId, customerIds],
        )
      )[0]!.count;
    expect(await tagsOf(ids.slice(35))).toBe(585 * 2);
    expect(await tagsOf(excluded)).toBe(0);
    expect(await tagsOf(inactive)).toBe(0);

    // Undone, the tags come off where it put them, and stay where they were before.
    const undo = (await query(tenant.owner.token, BULK_UNDO, { input: { id } })).customerBulkOperationUndo;
    const undone = await finished(tenant.owner.token, undo.bulkOperation!.id);
    expect(undone).toMatchObject({ status: 'COMPLETED', total: 585, changed: 585, skipped: 0 });
    expect(await tagsOf(ids.slice(35))).toBe(0);
    expect(await tagsOf(preTagged)).toBe(10);
  }, 180_000);

  it('should finish a small action inside the request, once for one idempotency key, and skip customers already set', async () => {
    const tenant = await seed.partner();
    const customers = await Promise.all([tenant.customer(), tenant.customer(), tenant.customer({ country: 'FR' })]);
    const input = {
      target: { customerIds: customers.map((customer) => customer.id) },
      action: 'SET_FIELDS' as const,
      fields: { country: 'fr', timezone: 'Europe/Paris' },
      idempotencyKey: `key-${randomUUID()}`,
    };
    const id = await startBulk(tenant.owner.token, input);
    const operation = (await query(tenant.owner.token, BULK_OPERATION, { id })).customerBulkOperation!;
    expect(operation).toMatchObject({ status: 'COMPLETED', total: 3, changed: 3, skipped: 0 });
    expect(await startBulk(tenant.owner.token, input)).toBe(id);
    const rows = await (
      await database('accounts')
    ).query<{ country: string; timezone: string }[]>(
      `SELECT country, timezone FROM accounts.customers WHERE partner_id = $1 AND id = ANY($2::uuid[])`,
      [tenant.partnerId, customers.map((customer) => customer.id)],
    );
    expect(rows).toEqual(Array(3).fill({ country: 'FR', timezone: 'Europe/Paris' }));
    const second = await startBulk(tenant.owner.token, { ...input, idempotencyKey: null });
    const repeated = (await query(tenant.owner.token, BULK_OPERATION, { id: second })).customerBulkOperation!;
    expect(repeated).toMatchObject({ status: 'COMPLETED', changed: 0, skipped: 3, canUndo: false });
    expect(repeated.skippedReasons).toEqual([{ reason: 'already set', count: 3 }]);
  }, 180_000);

  it('should close only customers with a zero balance who owe nothing, as the search projection has them', async () => {
    const tenant = await seed.partner();
    const ids = await bulkCustomers(tenant.partnerId, 6);
    const accounts = await database('accounts');
    await accounts.query(
      `UPDATE accounts.customer_standing SET balance_minor = 500 WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, ids[0]],
    );
    await accounts.query(
      `UPDATE accounts.customer_standing SET owed_minor = 1200 WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, ids[1]],
    );
    const input = { target: { customerIds: ids }, action: 'CLOSE' as const };
    const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview.skippedReasons).toEqual([
      { reason: 'balance not zero', count: 1 },
      { reason: 'money owed', count: 1 },
    ]);
    const id = await startBulk(tenant.owner.token, input);
    const done = await finished(tenant.owner.token, id);
    expect(done).toMatchObject({ status: 'COMPLETED', changed: 4, skipped: 2 });
    expect(await statusCounts(tenant.partnerId, ids)).toEqual({ ACTIVE: 2, CLOSED: 4 });
  }, 180_000);
});
