import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One HTTP request of a delivery, as the partner's endpoint answered it. */
@Entity({ name: 'webhook_delivery_attempts' })
export class WebhookDeliveryAttemptEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'delivery_id' })
  deliveryId: string;

  @PrimaryColumn('int')
  number: number;

  @Column({ type: 'timestamptz', name: 'attempted_at', precision: 3 })
  attemptedAt: Date;

  @Column('int', { name: 'duration_ms' })
  durationMs: number;

  /** The HTTP status; null when no answer came (refused, timed out). */
  @Column('int', { name: 'status_code', nullable: true })
  statusCode: number | null;

  @Column('text', { nullable: true })
  error: string | null;

  /** The start of the answer's body, to help the partner see what their endpoint said. */
  @Column('text', { name: 'response_excerpt', nullable: true })
  responseExcerpt: string | null;
}
