import type { Caller } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { MemberEntity } from './member.entity';
import type { MemberService } from './member.service';

export function createMemberLoaders(members: MemberService, caller: Caller) {
  return {
    membersByCustomerId: new DataLoader<string, MemberEntity[]>(async (customerIds) => {
      const rows = await members.listForCustomers(caller, customerIds);
      const byCustomer = new Map<string, MemberEntity[]>();
      for (const row of rows) byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), row]);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}
