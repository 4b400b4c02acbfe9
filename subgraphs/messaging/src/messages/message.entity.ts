import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MESSAGE_CHANNELS, type MessageChannel } from '../channels';

export { MESSAGE_CHANNELS, type MessageChannel };
export const MESSAGE_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
/** Transactional notices (a password reset) have workers of their own, so a bulk send never delays them. */
export const MESSAGE_PRIORITIES = ['TRANSACTIONAL', 'BULK'] as const;
export type MessagePriority = (typeof MESSAGE_PRIORITIES)[number];

@Entity({ name: 'messages' })
export class MessageEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** Null only for a notice about no customer, e.g. to the partner's owners. */
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId: string | null;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  recipient: string;

  @Column('text', { nullable: true })
  subject: string | null;

  /** A notice's key, from the event it answers: one message per key, however often the event comes. */
  @Column('text', { name: 'notice_key', nullable: true })
  noticeKey: string | null;

  @Column('text')
  body: string;

  @Column('text', { name: 'html_body', nullable: true })
  htmlBody: string | null;

  @Column('text')
  status: MessageStatus;

  @Column('uuid', { name: 'batch_id', nullable: true })
  batchId: string | null;

  @Column('text', { name: 'template_key', nullable: true })
  templateKey: string | null;

  @Column('text')
  priority: MessagePriority;

  @Column('int')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'timestamptz', name: 'sent_at', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', name: 'delivered_at', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', name: 'failed_at', precision: 3, nullable: true })
  failedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** One try at handing a message to its provider, written before the provider is called. */
@Entity({ name: 'message_attempts' })
export class MessageAttemptEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'message_id' })
  messageId: string;

  @PrimaryColumn('int')
  attempt: number;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column({ type: 'timestamptz', name: 'started_at', precision: 3 })
  startedAt: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Column('text', { nullable: true })
  outcome: 'SENT' | 'FAILED' | 'UNKNOWN' | null;

  @Column('text', { nullable: true })
  error: string | null;
}

/** A customer who asked not to receive bulk messages on a channel. */
@Entity({ name: 'opt_outs' })
export class OptOutEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @PrimaryColumn('text')
  channel: MessageChannel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
