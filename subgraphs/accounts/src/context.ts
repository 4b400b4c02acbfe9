import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import { createCustomerLoaders } from './customers/customer.loaders';
import { createMemberLoaders } from './members/member.loaders';
import type { AccountsServices } from './services';

export function createAccountsLoaders(services: AccountsServices, caller: Caller) {
  return {
    ...createCustomerLoaders(services.customers, caller),
    ...createMemberLoaders(services.members, caller),
    operatorById: createKeyedLoader(
      (ids: readonly string[]) => services.operators.findByIds(caller, ids),
      (row) => row.id,
    ),
  };
}

export type AccountsLoaders = ReturnType<typeof createAccountsLoaders>;
export type AccountsContext = RequestContext<AccountsLoaders>;
