import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SERVICE_PERIODS = ['MONTHLY', 'YEARLY'] as const;
export type ServicePeriod = (typeof SERVICE_PERIODS)[number];

/** A billable subscription of one customer; dates are UTC calendar days as text. */
@Entity({ name: 'services' })
export class ServiceEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  description: string;

  @Column('bigint', { name: 'unit_price_minor' })
  unitPriceMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('text')
  period: ServicePeriod;

  @Column('date', { name: 'start_date' })
  startDate: string;

  /** The first day no longer billed, as set by an operator. */
  @Column('date', { name: 'end_date', nullable: true })
  endDate: string | null;

  /** The first day no longer billed because the customer was (or is to be) cancelled. */
  @Column('date', { name: 'cancelled_from', nullable: true })
  cancelledFrom: string | null;

  @Column('uuid', { name: 'assigned_member_id', nullable: true })
  assignedMemberId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
