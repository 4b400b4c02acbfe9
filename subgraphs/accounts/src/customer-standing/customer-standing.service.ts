import {
  BALANCE_CHANGED,
  type BalanceChangedData,
  type DomainEvent,
  type EventBus,
  type EventSubscription,
  INVOICE_ISSUED,
  INVOICE_OVERDUE,
  INVOICE_PAID,
  INVOICE_PART_SETTLED,
  INVOICE_VOIDED,
  type InvoiceEventData,
  type InvoiceStatus,
  LOW_CREDIT_REMINDER_CHANGED,
  type Logger,
  type LowCreditReminderChangedData,
  MESSAGES_SENT,
  type MessagesSentData,
  balanceChangedData,
  defineSubscription,
  groupBy,
  invoiceEventData,
  lowCreditReminderChangedData,
  messagesSentData,
  type ServiceClient,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomerStandingEntity, StandingInvoiceEntity } from './customer-standing.entity';
import { StandingRebuildService } from './standing-rebuild.service';
import type { OwnerAnswers } from './standing-sources';

/**
 * An invoice's stage: it only ever moves up (OPEN → OVERDUE → PAID or VOID), and what is due on it
 * only shrinks, so of two states of one invoice the higher stage, then the smaller amount due, is
 * the newer. Drafts are never owed and never announced.
 */
const STAGES: Record<InvoiceStatus, number | null> = { DRAFT: null, OPEN: 0, OVERDUE: 1, PAID: 2, VOID: 2 };
const SETTLED = 2;

/** The stage and what is still due on an invoice in `status` with `amountDueMinor` left; null for a draft. */
export function dueOf(status: InvoiceStatus, amountDueMinor: number): { stage: number; dueMinor: number } | null {
  const stage = STAGES[status];
  if (stage === null) return null;
  return { stage, dueMinor: stage === SETTLED ? 0 : amountDueMinor };
}

const INVOICE_EVENTS = [INVOICE_ISSUED, INVOICE_OVERDUE, INVOICE_PART_SETTLED, INVOICE_PAID, INVOICE_VOIDED];

/**
 * The customer list's search projection: each customer's balance, amount owed, low credit and
 * last message, which billing and messaging own and announce, kept here so that the list
 * filters and sorts on them in one indexed query. The list's rows still show the owners' live
 * values through entity resolution; these are for finding customers. Only this service writes
 * the projection's tables.
 *
 * Every write is exact under redelivery and reordering: a balance moves only to a later ledger
 * entry, reminder settings only to a later version, an invoice only to a later stage or a smaller
 * amount due, and the last message only to a later time.
 */
export class CustomerStandingService {
  /** Rebuilds of partners' rows from billing and messaging. */
  readonly rebuilds: StandingRebuildService;

  constructor(
    private readonly dataSource: DataSource,
    events: EventBus,
    services: ServiceClient,
    logger: Logger,
  ) {
    this.rebuilds = new StandingRebuildService(dataSource, this, events, services, logger);
  }

  /**
   * The projection's rows as SQL, for the list to join on (partner_id, customer_id): one row per
   * customer, opened in the customer's own transaction, so an inner join loses nobody.
   */
  rowsSubquery(): string {
    return `SELECT partner_id, customer_id, currency, balance_minor, owed_minor, low_credit, last_messaged_at
              FROM ${this.table}`;
  }

  /** The owners' events this projection is kept from, each on a queue of its own. */
  subscriptions(): EventSubscription<unknown>[] {
    return [
      defineSubscription({
        event: BALANCE_CHANGED,
        queue: 'accounts.standing.balance-changed',
        data: balanceChangedData,
        handle: (event) => this.onBalanceChanged(event),
      }),
      ...INVOICE_EVENTS.map((event) =>
        defineSubscription({
          event,
          queue: `accounts.standing.${event.replace('.', '-')}`,
          data: invoiceEventData,
          handle: (received) => this.onInvoice(received),
          handleBatch: (received) => this.onInvoices(received),
        }),
      ),
      defineSubscription({
        event: LOW_CREDIT_REMINDER_CHANGED,
        queue: 'accounts.standing.low-credit-reminder-changed',
        data: lowCreditReminderChangedData,
        handle: (event) => this.onReminderChanged(event),
      }),
      defineSubscription({
        event: MESSAGES_SENT,
        queue: 'accounts.standing.messages-sent',
        data: messagesSentData,
        handle: (event) => this.onMessagesSent(event),
      }),
    ];
  }

  /** A balance as of a later ledger entry than the one kept replaces it; an earlier or the same one changes nothing. */
  async onBalanceChanged(event: DomainEvent<BalanceChangedData>): Promise<void> {
    const { customerId, currency, balanceMinor, sequence } = event.data;
    await this.dataSource.query(
      `UPDATE ${this.table}
          SET balance_minor = $3, currency = $4, balance_sequence = $5, updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2 AND balance_sequence < $5`,
      [event.partnerId, customerId, balanceMinor, currency, sequence],
    );
  }

  /**
   * Keeps what is due on the invoice when the event is newer than what is kept, then sums what the
   * customer owes again. The customer's row is locked first, so two invoices of one customer
   * handled at once are summed one after the other.
   */
  async onInvoice(event: DomainEvent<InvoiceEventData>): Promise<void> {
    await this.onInvoices([event]);
  }

  /**
   * A fetched batch of invoice events, in one transaction per partner: of several events on one
   * invoice, the one that would win last (the latest stage, then the smallest amount due) is
   * written, the customers are locked in one go and their sums taken again once.
   */
  async onInvoices(events: readonly DomainEvent<InvoiceEventData>[]): Promise<void> {
    for (const [partnerId, partnerEvents] of groupBy(events, (event) => event.partnerId)) {
      const dues = new Map<string, { customerId: string; stage: number; dueMinor: number }>();
      for (const { data } of partnerEvents) {
        const due = dueOf(data.status, data.amountDueMinor);
        if (!due) continue;
        const kept = dues.get(data.invoiceId);
        if (!kept || due.stage > kept.stage || (due.stage === kept.stage && due.dueMinor < kept.dueMinor))
          dues.set(data.invoiceId, { customerId: data.customerId, ...due });
      }
      if (dues.size === 0) continue;
      const invoices = [...dues.entries()];
      await this.dataSource.transaction(async (manager) => {
        await this.lock(manager, partnerId, [...new Set(invoices.map(([, due]) => due.customerId))]);
        const moved = await manager.query<{ customerId: string }[]>(
          `INSERT INTO ${this.invoicesTable} AS t (partner_id, invoice_id, customer_id, stage, amount_due_minor, noted_at)
           SELECT $1, d.invoice_id, d.customer_id, d.stage, d.amount_due_minor, now()
             FROM unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::bigint[])
                  AS d (invoice_id, customer_id, stage, amount_due_minor)
           ON CONFLICT (partner_id, invoice_id) DO UPDATE
              SET stage = EXCLUDED.stage, amount_due_minor = EXCLUDED.amount_due_minor, noted_at = now()
            WHERE (EXCLUDED.stage, -EXCLUDED.amount_due_minor) > (t.stage, -t.amount_due_minor)
           RETURNING t.customer_id AS "customerId"`,
          [
            partnerId,
            invoices.map(([invoiceId]) => invoiceId),
            invoices.map(([, due]) => due.customerId),
            invoices.map(([, due]) => due.stage),
            invoices.map(([, due]) => due.dueMinor),
          ],
        );
        if (moved.length > 0) await this.sumOwed(manager, partnerId, [...new Set(moved.map((row) => row.customerId))]);
      });
    }
  }

  /** Settings of a later version than the one kept replace the threshold; low credit follows from it. */
  async onReminderChanged(event: DomainEvent<LowCreditReminderChangedData>): Promise<void> {
    const { customerId, enabled, thresholdMinor, version } = event.data;
    await this.dataSource.query(
      `UPDATE ${this.table}
          SET low_credit_threshold_minor = $3, low_credit_version = $4, updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2 AND low_credit_version < $4`,
      [event.partnerId, customerId, enabled ? thresholdMinor : null, version],
    );
  }

  /** Each customer's latest send in the event, where it is later than the one kept. */
  async onMessagesSent(event: DomainEvent<MessagesSentData>): Promise<void> {
    const latest = new Map<string, string>();
    for (const { customerId, sentAt } of event.data.messages) {
      const kept = latest.get(customerId);
      if (!kept || Date.parse(sentAt) > Date.parse(kept)) latest.set(customerId, sentAt);
    }
    const customerIds = [...latest.keys()];
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, event.partnerId, customerIds);
      await manager.query(
        `UPDATE ${this.table} s
            SET last_messaged_at = m.sent_at, messaged_noted_at = now(), updated_at = now()
           FROM unnest($2::uuid[], $3::timestamptz[]) AS m (customer_id, sent_at)
          WHERE s.partner_id = $1 AND s.customer_id = m.customer_id
            AND (s.last_messaged_at IS NULL OR s.last_messaged_at < m.sent_at)`,
        [event.partnerId, customerIds, customerIds.map((id) => latest.get(id))],
      );
    });
  }

  /** A page of a partner's customers in id order, after `after`, as a rebuild walks them. */
  async customerPage(partnerId: string, after: string | null, size: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ customerId: string }[]>(
      `SELECT customer_id AS "customerId" FROM ${this.table}
        WHERE partner_id = $1 AND ($2::uuid IS NULL OR customer_id > $2)
        ORDER BY customer_id LIMIT $3`,
      [partnerId, after, size],
    );
    return rows.map((row) => row.customerId);
  }

  /** The invoices these customers are still counted as owing on, for a rebuild to ask billing about. */
  async unsettledInvoices(partnerId: string, customerIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ invoiceId: string }[]>(
      `SELECT invoice_id AS "invoiceId" FROM ${this.invoicesTable}
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) AND stage < ${SETTLED}`,
      [partnerId, customerIds],
    );
    return rows.map((row) => row.invoiceId);
  }

  /** The database's clock now, which a rebuild's page compares event times with. */
  async now(): Promise<Date> {
    const [row] = await this.dataSource.query<{ now: Date }[]>(`SELECT clock_timestamp() AS now`);
    return row!.now;
  }

  /**
   * Writes what the owners answered for a page of customers, asked after `startedAt`, in one
   * transaction with the rows locked. A balance or a threshold is taken unless an event has
   * brought a later one meanwhile; what is due on an invoice and the last message are taken
   * unless an event has moved them since `startedAt` (then the newer of the two stays). So events
   * that land while a rebuild runs are never lost, and a row that was wrong before it is put right.
   */
  async writeRebuiltPage(
    partnerId: string,
    customerIds: readonly string[],
    startedAt: Date,
    answers: OwnerAnswers,
  ): Promise<void> {
    if (customerIds.length === 0) return;
    const ids = [...customerIds];
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, partnerId, ids);
      const { balances } = answers;
      if (balances.length > 0) {
        await manager.query(
          `UPDATE ${this.table} s
              SET balance_minor = b.balance_minor, currency = b.currency, balance_sequence = b.sequence, updated_at = now()
             FROM unnest($2::uuid[], $3::bigint[], $4::text[], $5::bigint[]) AS b (customer_id, balance_minor, currency, sequence)
            WHERE s.partner_id = $1 AND s.customer_id = b.customer_id AND s.balance_sequence <= b.sequence`,
          [
            partnerId,
            balances.map((b) => b.customerId),
            balances.map((b) => b.balanceMinor),
            balances.map((b) => b.currency),
            balances.map((b) => b.sequence),
          ],
        );
      }
      // A customer who never had reminder settings has none: version 0, never low.
      const reminders = new Map(answers.reminders.map((reminder) => [reminder.customerId, reminder]));
      await manager.query(
        `UPDATE ${this.table} s
            SET low_credit_threshold_minor = r.threshold, low_credit_version = r.version, updated_at = now()
           FROM unnest($2::uuid[], $3::bigint[], $4::bigint[]) AS r (customer_id, threshold, version)
          WHERE s.partner_id = $1 AND s.customer_id = r.customer_id AND s.low_credit_version <= r.version`,
        [
          partnerId,
          ids,
          ids.map((id) => (reminders.get(id)?.enabled ? reminders.get(id)!.thresholdMinor : null)),
          ids.map((id) => reminders.get(id)?.version ?? 0),
        ],
      );
      const lastSent = new Map(answers.lastMessaged.map((last) => [last.customerId, last.sentAt]));
      await manager.query(
        `UPDATE ${this.table} s
            SET last_messaged_at = CASE WHEN s.messaged_noted_at >= $3 THEN GREATEST(s.last_messaged_at, l.sent_at)
                                        ELSE l.sent_at END,
                updated_at = now()
           FROM unnest($2::uuid[], $4::timestamptz[]) AS l (customer_id, sent_at)
          WHERE s.partner_id = $1 AND s.customer_id = l.customer_id`,
        [partnerId, ids, startedAt, ids.map((id) => lastSent.get(id) ?? null)],
      );
      const dues = answers.invoices.flatMap((invoice) => {
        const due = dueOf(invoice.status, invoice.amountDueMinor);
        return due ? [{ ...invoice, ...due }] : [];
      });
      if (dues.length > 0) {
        await manager.query(
          `INSERT INTO ${this.invoicesTable} AS t (partner_id, invoice_id, customer_id, stage, amount_due_minor, noted_at)
           SELECT $1, d.invoice_id, d.customer_id, d.stage, d.due, $6
             FROM unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::bigint[]) AS d (invoice_id, customer_id, stage, due)
           ON CONFLICT (partner_id, invoice_id) DO UPDATE
              SET stage = EXCLUDED.stage, amount_due_minor = EXCLUDED.amount_due_minor, noted_at = EXCLUDED.noted_at
            WHERE t.noted_at < EXCLUDED.noted_at
               OR (EXCLUDED.stage, -EXCLUDED.amount_due_minor) > (t.stage, -t.amount_due_minor)`,
          [
            partnerId,
            dues.map((d) => d.invoiceId),
            dues.map((d) => d.customerId),
            dues.map((d) => d.stage),
            dues.map((d) => d.dueMinor),
            startedAt,
          ],
        );
      }
      // Counted as owed here, unknown to billing, and not announced since the page began: not owed.
      await manager.query(
        `DELETE FROM ${this.invoicesTable}
          WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) AND stage < ${SETTLED} AND noted_at < $3
            AND invoice_id <> ALL($4::uuid[])`,
        [partnerId, ids, startedAt, answers.invoices.map((invoice) => invoice.invoiceId)],
      );
      await this.sumOwed(manager, partnerId, ids);
    });
  }

  /** Locks these customers' rows in id order (every writer takes them in that order, so none deadlock). */
  private async lock(manager: EntityManager, partnerId: string, customerIds: readonly string[]): Promise<void> {
    await manager.query(
      `SELECT 1 FROM ${this.table} WHERE partner_id = $1 AND customer_id = ANY($2::uuid[])
        ORDER BY customer_id FOR UPDATE`,
      [partnerId, customerIds],
    );
  }

  /** What these customers owe: the sum of what is due on their open and overdue invoices. */
  private async sumOwed(manager: EntityManager, partnerId: string, customerIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE ${this.table} s
          SET owed_minor = COALESCE((SELECT sum(i.amount_due_minor) FROM ${this.invoicesTable} i
                                      WHERE i.partner_id = s.partner_id AND i.customer_id = s.customer_id
                                        AND i.stage < ${SETTLED}), 0),
              updated_at = now()
        WHERE s.partner_id = $1 AND s.customer_id = ANY($2::uuid[])`,
      [partnerId, customerIds],
    );
  }

  private get table(): string {
    return this.dataSource.getMetadata(CustomerStandingEntity).tablePath;
  }

  private get invoicesTable(): string {
    return this.dataSource.getMetadata(StandingInvoiceEntity).tablePath;
  }
}
