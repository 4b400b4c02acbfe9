import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '../channels';

export const BATCH_STATUSES = ['SENDING', 'DONE', 'CANCELLED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** A bulk send: who asked, how many it selected and skipped; its messages carry the rest of its progress. */
@Entity({ name: 'message_batches' })
export class MessageBatchEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text', { name: 'template_key', nullable: true })
  templateKey: string | null;

  @Column('text', { nullable: true })
  subject: string | null;

  /** SENDING until cancelled; DONE is read from its messages, none of which is left waiting. */
  @Column('text')
  status: BatchStatus;

  @Column('int')
  total: number;

  @Column('int', { name: 'skipped_no_address' })
  skippedNoAddress: number;

  @Column('int', { name: 'skipped_closed' })
  skippedClosed: number;

  @Column('int', { name: 'skipped_opted_out' })
  skippedOptedOut: number;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', precision: 3, nullable: true })
  finishedAt: Date | null;
}
