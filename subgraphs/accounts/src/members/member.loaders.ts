import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { CustomerLoaders } from '../customers';
import type { MemberService } from './member.service';
import { type MemberType, toMemberType } from './member.type';

export function createMemberLoaders(members: MemberService, caller: Caller) {
  return {
    membersByCustomerId: new DataLoader<string, MemberType[]>(async (customerIds) => {
      const rows = await members.listForCustomers(caller, customerIds);
      const byCustomer = new Map<string, MemberType[]>();
      for (const row of rows)
        byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), toMemberType(row)]);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
    /** Members by id within the caller's partner; for names beside ids (e.g. in a customer's activity). */
    memberById: createKeyedLoader(
      (ids: readonly string[]) => members.findByIds(caller, ids),
      (member) => member.id,
    ),
  };
}

export type MemberLoaders = ReturnType<typeof createMemberLoaders>;
export type MembersContext = RequestContext<MemberLoaders & CustomerLoaders>;
