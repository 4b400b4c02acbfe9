import type { Caller } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { MemberEntity } from './member.entity';

export class MemberService {
  constructor(private readonly dataSource: DataSource) {}

  /** Members of customers the caller can already see (the customer was loaded through the scoped loader). */
  async listForCustomers(caller: Caller, customerIds: readonly string[]): Promise<MemberEntity[]> {
    return this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('m.partner_id = :partnerId AND m.customer_id = ANY(:customerIds)', {
        partnerId: caller.partnerId,
        customerIds,
      })
      .orderBy('m.customer_id')
      .addOrderBy("m.role = 'OWNER'", 'DESC')
      .addOrderBy('m.created_at')
      .getMany();
  }
}
