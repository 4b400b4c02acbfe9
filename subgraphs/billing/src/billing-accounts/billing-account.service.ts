import { type Caller, CustomerProjection, type EventSubscription, type Transaction } from '@clientele/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { BillingAccountEntity } from './billing-account.entity';

/** A billing account as other modules see it. */
export interface BillingAccount {
  customerId: string;
  currency: string;
  pricingModel: 'PREPAID' | 'POSTPAID';
}

export class BillingAccountService {
  private readonly projection: CustomerProjection<BillingAccountEntity>;

  constructor(dataSource: DataSource) {
    this.projection = new CustomerProjection(dataSource, {
      entity: BillingAccountEntity,
      extraColumns: (event) => ({ currency: event.data.currency, pricingModel: event.data.pricingModel }),
    });
  }

  /** The account of a partner's customer, read in the transaction of a change about to be written beside it. */
  findInTransaction(transaction: Transaction, partnerId: string, customerId: string): Promise<BillingAccount | null> {
    return this.projection.findInTransaction(transaction, partnerId, customerId);
  }

  /** This request's loader of the billing accounts the caller may see, by customer id. */
  visibleAccountLoader(caller: Caller): DataLoader<string, BillingAccount | null> {
    return this.projection.loader(caller);
  }

  /** Opens the billing account of each new customer; a redelivered event changes nothing. */
  subscription(): EventSubscription<unknown> {
    return this.projection.subscription('billing.open-billing-account');
  }
}
