import { Column, Entity, PrimaryColumn } from 'typeorm';

export const BILLING_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type BillingRunStatus = (typeof BILLING_RUN_STATUSES)[number];

/** One invoicing of a partner's customers (or of one) for a period, with its progress. */
@Entity({ name: 'billing_runs' })
export class BillingRunEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  status: BillingRunStatus;

  /** Started by the daily schedule (once per partner and period), not by someone. */
  @Column('boolean')
  scheduled: boolean;

  /** Only this customer, when asked for one. */
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId: string | null;

  /** Only this reseller's customers: the run of an operator limited to one. */
  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @Column('date', { name: 'period_start' })
  periodStart: string;

  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @Column('date', { name: 'issue_date', nullable: true })
  issueDate: string | null;

  @Column('int')
  total: number;

  @Column('int')
  processed: number;

  @Column('int', { name: 'invoices_created' })
  invoicesCreated: number;

  @Column('int', { name: 'already_invoiced' })
  alreadyInvoiced: number;

  @Column('int')
  skipped: number;

  @Column('jsonb', { name: 'skip_reasons' })
  skipReasons: unknown;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('jsonb', { name: 'requested_by', nullable: true })
  requestedBy: unknown;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'started_at', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', precision: 3, nullable: true })
  finishedAt: Date | null;
}
