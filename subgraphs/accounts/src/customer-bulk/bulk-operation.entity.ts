import type { Caller } from '@clientele/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

// ENABLE last: a client that picks an enum's last value by default (the cross-tenant probes do)
// gets the mildest action.
export const BULK_ACTIONS = [
  'SUSPEND',
  'DEACTIVATE',
  'CANCEL',
  'CLOSE',
  'SET_FIELDS',
  'ADD_TAGS',
  'REMOVE_TAGS',
  'ASSIGN_RESELLER',
  'SEND_EMAIL',
  'SEND_SMS',
  'ENABLE',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BULK_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

export const BULK_OUTCOMES = ['DONE', 'SKIPPED'] as const;
export type BulkOutcome = (typeof BULK_OUTCOMES)[number];

/** The fields a bulk action may set: each is safe to set to one value on many customers at once. */
export interface BulkFields {
  country?: string;
  timezone?: string;
}

/** What SEND_EMAIL and SEND_SMS send: a template, or texts written for the send (as messaging's bulk send takes them). */
export interface BulkMessage {
  templateKey: string | null;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
}

/** What an operation was asked to do, besides its action. */
export interface BulkParameters {
  reason: string | null;
  tags: string[];
  resellerId: string | null;
  fields: BulkFields;
  message?: BulkMessage | null;
}

/**
 * What an operation acts on, as it was asked: the ids, or the filter (as given, parsed again by
 * the job) less the ids left out. The job selects each page from it as the customers then are.
 */
export interface BulkTarget {
  customerIds: string[] | null;
  filter: object | null;
  excludeIds: string[];
}

/** One bulk action over many customers, with its progress. */
@Entity({ name: 'customer_bulk_operations' })
export class BulkOperationEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  action: BulkAction;

  @Column('text')
  status: BulkStatus;

  @Column('jsonb')
  parameters: BulkParameters;

  @Column('int')
  total: number;

  @Column('int')
  processed: number;

  @Column('int')
  changed: number;

  @Column('int')
  skipped: number;

  @Column('text', { name: 'actor_kind' })
  actorKind: string;

  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  @Column('uuid', { name: 'impersonator_id', nullable: true })
  impersonatorId: string | null;

  /** The reseller the operator who started it was limited to: only that reseller's operators see it. */
  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  /** Whose view of the customers the target is read in; null for an undo, which acts on the outcomes it undoes. */
  @Column('jsonb', { nullable: true })
  caller: Caller | null;

  /** What it acts on; null for an undo, and for an operation whose target was written as pending outcomes. */
  @Column('jsonb', { nullable: true })
  target: BulkTarget | null;

  /** Where the last committed page ended, in customer id order: the next page starts after it. */
  @Column('uuid', { name: 'last_customer_id', nullable: true })
  lastCustomerId: string | null;

  /** The operation this one undoes. */
  @Column('uuid', { name: 'undo_of', nullable: true })
  undoOf: string | null;

  /** The operation that undid this one. */
  @Column('uuid', { name: 'undone_by', nullable: true })
  undoneBy: string | null;

  @Column({ type: 'timestamptz', name: 'cancel_requested_at', precision: 3, nullable: true })
  cancelRequestedAt: Date | null;

  @Column('text', { nullable: true })
  error: string | null;

  /** For SEND_EMAIL and SEND_SMS: messaging's bulk send that carries the messages. */
  @Column('uuid', { name: 'message_batch_id', nullable: true })
  messageBatchId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'started_at', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/** One customer of an operation: pending (no outcome yet), DONE or SKIPPED with the reason. */
@Entity({ name: 'customer_bulk_outcomes' })
export class BulkOutcomeEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'operation_id' })
  operationId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text', { nullable: true })
  outcome: BulkOutcome | null;

  @Column('text', { nullable: true })
  reason: string | null;

  /** The values the change replaced (status, fields); what an undo puts back. */
  @Column('jsonb', { nullable: true })
  previous: Record<string, unknown> | null;

  /** The values the change set (status, fields, or the tags it added or removed); what an undo expects to find. */
  @Column('jsonb', { nullable: true })
  applied: Record<string, unknown> | null;
}
