import { defineModule } from '@clientele/subgraph-kit';
import { apiKeysModule } from '../api-keys';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { platformModule } from '../platform';
import { createActivityLoaders } from './activity.loaders';
import { createActorLoaders } from './actor.loaders';
import { ActorResolver } from './actor.resolver';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { CustomerActivityResolver } from './customer-activity.resolver';
import { AuditByCustomer1765100000003 } from './migrations/1765100000003-audit-by-customer';
import { AuditErasure1766400000000 } from './migrations/1766400000000-audit-erasure';

/**
 * The audit log: written here directly, and by the other subgraphs through `audit.requested`
 * events; read partner-wide (`auditLog`) and per customer (`Customer.activity`), with the names of
 * those who acted.
 */
export const auditModule = defineModule({
  name: 'audit',
  dependsOn: { operators: operatorsModule, members: membersModule, apiKeys: apiKeysModule, platform: platformModule },
  entities: [AuditEntryEntity],
  migrations: [AuditByCustomer1765100000003, AuditErasure1766400000000],
  resolvers: [AuditResolver, CustomerActivityResolver, ActorResolver],
  permissions: ['audit:read'],
  service: ({ dataSource }, { operators, members, apiKeys, platform }) =>
    new AuditService(dataSource, { operators, members, apiKeys, staff: platform }),
  loaders: (audit, caller) => ({
    ...createActorLoaders(audit.actors, caller),
    ...createActivityLoaders(audit, caller),
  }),
  subscriptions: (audit) => [audit.subscription()],
  auditSink: (audit) => audit.sink,
});
