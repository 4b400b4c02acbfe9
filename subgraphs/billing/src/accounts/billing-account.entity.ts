import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'billing_accounts' })
export class BillingAccountEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'pricing_model' })
  pricingModel: 'PREPAID' | 'POSTPAID';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
