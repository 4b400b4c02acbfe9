import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A partner's sender identity and, optionally, its own email and SMS providers. */
@Entity({ name: 'settings' })
export class MessagingSettingsEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @Column('text', { name: 'from_address', nullable: true })
  fromAddress: string | null;

  @Column('text', { name: 'reply_to', nullable: true })
  replyTo: string | null;

  @Column('text', { name: 'sms_sender_id', nullable: true })
  smsSenderId: string | null;

  @Column('text', { name: 'smtp_url', nullable: true })
  smtpUrl: string | null;

  @Column('text', { name: 'sms_base_url', nullable: true })
  smsBaseUrl: string | null;

  @Column('text', { name: 'sms_account_sid', nullable: true })
  smsAccountSid: string | null;

  @Column('text', { name: 'sms_auth_token', nullable: true })
  smsAuthToken: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
