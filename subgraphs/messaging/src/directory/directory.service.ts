import {
  type Caller,
  whereInScope,
  type CustomerCreatedData,
  type DomainEvent,
  isValidId,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { DirectoryEntryEntity } from './directory-entry.entity';

export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Customers among `customerIds` that the caller may see. */
  async findVisible(caller: Caller, customerIds: readonly string[]): Promise<DirectoryEntryEntity[]> {
    const ids = customerIds.filter(isValidId);
    if (ids.length === 0) return [];
    const query = this.dataSource
      .getRepository(DirectoryEntryEntity)
      .createQueryBuilder('d')
      .where('d.customer_id = ANY(:ids)', { ids });
    whereInScope(query, caller, { partner: 'd.partner_id', reseller: 'd.reseller_id', customer: 'd.customer_id' });
    return query.getMany();
  }

  /** Records a new customer; a redelivered event changes nothing. */
  async record(event: DomainEvent<CustomerCreatedData>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DirectoryEntryEntity)
      .values({ partnerId: event.partnerId, customerId: event.data.customerId, resellerId: event.data.resellerId })
      .orIgnore()
      .execute();
  }
}
