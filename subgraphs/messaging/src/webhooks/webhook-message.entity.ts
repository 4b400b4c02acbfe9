import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A domain event as partner apps receive it; its id is the event's, and the `webhook-id` of every delivery. */
@Entity({ name: 'webhook_messages' })
export class WebhookMessageEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  /** The JSON body exactly as signed and sent, so a retry or a replay sends the same bytes. */
  @Column('text')
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
