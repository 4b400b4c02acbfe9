import {
  type DomainEvent,
  type EventSubscription,
  MEMBER_RECIPIENT_STATUS_CHANGED,
  type MemberRecipientStatusChangedData,
  defineSubscription,
  memberRecipientStatusChangedData,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { todayUtc } from '../invoices';

/** A stretch of days a member was a PAID recipient: [paidFrom, paidUntil). */
export interface PaidRecipient {
  customerId: string;
  memberId: string;
  paidFrom: string;
  paidUntil: string | null;
}

/**
 * Which members are PAID additional recipients, and since when, from accounts' events. Each change
 * is a setting (open a stretch if none is open; close the open one), so a redelivered event
 * changes nothing.
 */
export class RecipientChargesService {
  constructor(private readonly dataSource: DataSource) {}

  async recordChange(event: DomainEvent<MemberRecipientStatusChangedData>): Promise<void> {
    const { customerId, memberId, previousStatus, status } = event.data;
    const day = todayUtc(new Date(event.occurredAt));
    if (status === 'PAID' && previousStatus !== 'PAID') {
      await this.dataSource.query(
        `INSERT INTO billing.recipient_charges (partner_id, customer_id, member_id, paid_from)
         SELECT $1, $2, $3, $4
          WHERE NOT EXISTS (SELECT 1 FROM billing.recipient_charges
                             WHERE partner_id = $1 AND member_id = $3 AND paid_until IS NULL)
         -- PAID again on the day it stopped: the day's stretch runs on.
         ON CONFLICT (partner_id, member_id, paid_from) DO UPDATE SET paid_until = NULL`,
        [event.partnerId, customerId, memberId, day],
      );
    } else if (previousStatus === 'PAID' && status !== 'PAID') {
      await this.dataSource.query(
        `UPDATE billing.recipient_charges SET paid_until = GREATEST($3::date, paid_from)
          WHERE partner_id = $1 AND member_id = $2 AND paid_until IS NULL`,
        [event.partnerId, memberId, day],
      );
    }
  }

  /** The partner's customers with a PAID recipient on some day of [periodStart, periodEnd). */
  async customersBilledIn(partnerId: string, periodStart: string, periodEnd: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ customerId: string }[]>(
      `SELECT DISTINCT customer_id AS "customerId" FROM billing.recipient_charges
        WHERE partner_id = $1 AND paid_from < $3 AND COALESCE(paid_until, 'infinity') > $2`,
      [partnerId, periodStart, periodEnd],
    );
    return rows.map((row) => row.customerId);
  }

  /** These customers' PAID stretches that overlap [periodStart, periodEnd). */
  async paidIn(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    periodStart: string,
    periodEnd: string,
  ): Promise<PaidRecipient[]> {
    if (customerIds.length === 0) return [];
    return manager.query<PaidRecipient[]>(
      `SELECT customer_id AS "customerId", member_id AS "memberId", paid_from::text AS "paidFrom",
              paid_until::text AS "paidUntil"
         FROM billing.recipient_charges
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) AND paid_from < $4
          AND COALESCE(paid_until, 'infinity') > $3
        ORDER BY customer_id, paid_from, member_id`,
      [partnerId, customerIds, periodStart, periodEnd],
    );
  }

  async partnersWithRecipients(): Promise<string[]> {
    const rows = await this.dataSource.query<{ partnerId: string }[]>(
      `SELECT DISTINCT partner_id AS "partnerId" FROM billing.recipient_charges`,
    );
    return rows.map((row) => row.partnerId);
  }

  subscription(): EventSubscription<unknown> {
    return defineSubscription({
      event: MEMBER_RECIPIENT_STATUS_CHANGED,
      queue: 'billing.recipient-status-changed',
      data: memberRecipientStatusChangedData,
      handle: (event) => this.recordChange(event),
    });
  }
}
