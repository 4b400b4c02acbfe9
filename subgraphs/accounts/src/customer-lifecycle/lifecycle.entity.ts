import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomerStatus } from '../customers';

export const CANCELLATION_MODES = ['IMMEDIATELY', 'END_OF_PERIOD', 'ON_DATE'] as const;
export type CancellationMode = (typeof CANCELLATION_MODES)[number];
export type ScheduledCancellationMode = Exclude<CancellationMode, 'IMMEDIATELY'>;
export type ScheduledCancellationState = 'PENDING' | 'WITHDRAWN' | 'CARRIED_OUT' | 'SUPERSEDED';

/** One change of a customer's status: append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'customer_status_changes' })
export class CustomerStatusChangeEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  /** What was asked: SUSPEND, REENABLE, DEACTIVATE, REACTIVATE, CANCEL, CLOSE, RESTORE. */
  @Column('text')
  transition: string;

  @Column('text', { name: 'from_status' })
  fromStatus: CustomerStatus;

  @Column('text', { name: 'to_status' })
  toStatus: CustomerStatus;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { name: 'cancellation_mode', nullable: true })
  cancellationMode: CancellationMode | null;

  @Column('text', { name: 'actor_kind' })
  actorKind: string;

  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  @Column('uuid', { name: 'impersonator_id', nullable: true })
  impersonatorId: string | null;

  @Column({ type: 'timestamptz', name: 'occurred_at', precision: 3 })
  occurredAt: Date;

  /** The invoice whose late payment caused the change, or whose payment or voiding ended the suspension. */
  @Column('uuid', { name: 'invoice_id', nullable: true })
  invoiceId: string | null;
}

/** A cancellation that takes effect later, until it is carried out, withdrawn or overtaken. */
@Entity({ name: 'customer_scheduled_cancellations' })
export class ScheduledCancellationEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  mode: ScheduledCancellationMode;

  @Column({ type: 'timestamptz', name: 'effective_at', precision: 3 })
  effectiveAt: Date;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text')
  state: ScheduledCancellationState;

  @Column('text', { name: 'scheduled_by_kind' })
  scheduledByKind: string;

  @Column('uuid', { name: 'scheduled_by_id' })
  scheduledById: string;

  @Column('uuid', { name: 'impersonator_id', nullable: true })
  impersonatorId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'settled_at', precision: 3, nullable: true })
  settledAt: Date | null;
}

/**
 * An overdue invoice a customer is to be suspended for, from billing's `invoice.overdue`, until
 * billing says it was paid or voided. A settlement may arrive first; then the row starts settled.
 */
@Entity({ name: 'customer_overdue_invoices' })
export class OverdueInvoiceEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'invoice_id' })
  invoiceId: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  number: string;

  @Column({ type: 'timestamptz', name: 'overdue_at', precision: 3, nullable: true })
  overdueAt: Date | null;

  @Column('text', { nullable: true })
  settled: 'PAID' | 'VOIDED' | null;

  @Column({ type: 'timestamptz', name: 'settled_at', precision: 3, nullable: true })
  settledAt: Date | null;
}
