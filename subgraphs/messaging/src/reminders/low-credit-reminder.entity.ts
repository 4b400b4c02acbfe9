import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: (value: string) => Number(value) };

@Entity({ name: 'low_credit_reminders' })
export class LowCreditReminderEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('boolean')
  enabled: boolean;

  @Column('bigint', { name: 'threshold_minor', transformer: bigintAsNumber })
  thresholdMinor: number;

  @Column('text', { array: true })
  recipients: string[];

  @Column('boolean')
  armed: boolean;

  /** 1 for the first settings, one more for each change: the newest announcement wins. */
  @Column('bigint', { transformer: bigintAsNumber })
  version: number;

  @Column({ type: 'timestamptz', name: 'last_sent_at', precision: 3, nullable: true })
  lastSentAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
