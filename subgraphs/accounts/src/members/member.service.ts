import { type Caller, whereInScope } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { MemberEntity } from './member.entity';

export class MemberService {
  constructor(private readonly dataSource: DataSource) {}

  /** Members of customers the caller can already see (the customer was loaded through the scoped loader). */
  async listForCustomers(caller: Caller, customerIds: readonly string[]): Promise<MemberEntity[]> {
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('m.customer_id = ANY(:customerIds)', { customerIds });
    return whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' })
      .orderBy('m.customer_id')
      .addOrderBy("m.role = 'OWNER'", 'DESC')
      .addOrderBy('m.created_at')
      .getMany();
  }
}
