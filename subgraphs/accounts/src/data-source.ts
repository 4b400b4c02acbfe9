import { createDataSource } from '@clientele/subgraph-kit';
import { SigningKeyEntity } from './auth/signing-key.entity';
import type { config as accountsConfig } from './config';
import { CustomerEntity } from './customers/customer.entity';
import { MemberEntity } from './members/member.entity';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { OperatorEntity } from './operators/operator.entity';
import { PartnerEntity, ResellerEntity } from './partners/partner.entity';

export function createAccountsDataSource(
  config: Pick<typeof accountsConfig, 'databaseUrl' | 'databaseSchema' | 'service'>,
) {
  return createDataSource(config, {
    entities: [PartnerEntity, ResellerEntity, OperatorEntity, SigningKeyEntity, CustomerEntity, MemberEntity],
    migrations: [Initial1763700000000],
  });
}
