import { createDataSource } from '@clientele/subgraph-kit';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { SigningKeyEntity } from './auth/signing-key.entity';
import type { config as accountsConfig } from './config';
import { CustomerEntity } from './customers/customer.entity';
import { MemberEntity } from './members/member.entity';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { Identity1763800000000 } from './migrations/1763800000000-identity';
import { OperatorEntity } from './operators/operator.entity';
import { PartnerEntity, ResellerEntity } from './partners/partner.entity';
import { PlatformStaffEntity } from './platform/platform-staff.entity';

export function createAccountsDataSource(
  config: Pick<typeof accountsConfig, 'databaseUrl' | 'databaseSchema' | 'service'>,
) {
  return createDataSource(config, {
    entities: [
      PartnerEntity,
      ResellerEntity,
      OperatorEntity,
      SigningKeyEntity,
      CustomerEntity,
      MemberEntity,
      ApiKeyEntity,
      AuditEntryEntity,
      PlatformStaffEntity,
    ],
    migrations: [Initial1763700000000, Identity1763800000000],
  });
}
