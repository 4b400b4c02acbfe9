import {
  type Caller,
  whereInScope,
  type CustomerCreatedData,
  type DomainEvent,
  isValidId,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { BillingAccountEntity } from './billing-account.entity';

export class BillingAccountService {
  constructor(private readonly dataSource: DataSource) {}

  /** Billing accounts of the given customers that the caller may see; others are absent. */
  async findByCustomerIds(caller: Caller, customerIds: readonly string[]): Promise<BillingAccountEntity[]> {
    const ids = customerIds.filter(isValidId);
    if (ids.length === 0) return [];
    const query = this.dataSource
      .getRepository(BillingAccountEntity)
      .createQueryBuilder('a')
      .where('a.customer_id = ANY(:ids)', { ids });
    whereInScope(query, caller, { partner: 'a.partner_id', reseller: 'a.reseller_id', customer: 'a.customer_id' });
    return query.getMany();
  }

  /** Opens the billing account of a new customer; a redelivered event changes nothing. */
  async open(event: DomainEvent<CustomerCreatedData>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(BillingAccountEntity)
      .values({
        partnerId: event.partnerId,
        customerId: event.data.customerId,
        resellerId: event.data.resellerId,
        currency: event.data.currency,
        pricingModel: event.data.pricingModel,
      })
      .orIgnore()
      .execute();
  }
}
