import { ProjectedCustomerColumns } from '@clientele/subgraph-kit';
import { Column, Entity } from 'typeorm';

/**
 * A customer's billing account, opened from accounts' `customer.created`: the subgraph's copy of
 * whose customer it is (to scope reads), with the currency and pricing model it bills in.
 */
@Entity({ name: 'billing_accounts' })
export class BillingAccountEntity extends ProjectedCustomerColumns {
  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'pricing_model' })
  pricingModel: 'PREPAID' | 'POSTPAID';
}
