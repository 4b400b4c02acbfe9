import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '../channels';

/** A message as it would have gone on the wire, kept because no provider is configured. */
@Entity({ name: 'outbox' })
export class OutboxEntryEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  recipient: string;

  @Column('text', { nullable: true })
  subject: string | null;

  /** The RFC 5322 message for an email; the form-encoded request body for an SMS. */
  @Column('text')
  raw: string;

  @CreateDateColumn({ name: 'captured_at', type: 'timestamptz', precision: 3 })
  capturedAt: Date;
}
