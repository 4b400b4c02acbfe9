import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A stretch of days a member was a PAID additional recipient: [paidFrom, paidUntil), open while it still is. */
@Entity({ name: 'recipient_charges' })
export class RecipientChargeEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;

  @PrimaryColumn('date', { name: 'paid_from' })
  paidFrom: string;

  @Column('date', { name: 'paid_until', nullable: true })
  paidUntil: string | null;
}
