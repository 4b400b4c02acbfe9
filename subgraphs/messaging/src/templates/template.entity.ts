import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MessageChannel } from '../messages';

/** A partner's own template; it replaces the shipped default of the same key. */
@Entity({ name: 'templates' })
export class TemplateEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('text')
  key: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text', { name: 'text_body' })
  textBody: string;

  @Column('text', { name: 'html_body', nullable: true })
  htmlBody: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
