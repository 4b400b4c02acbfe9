import { defineModule } from '@clientele/subgraph-kit';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit log: written here directly, and by the other subgraphs through `audit.requested` events. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntryEntity],
  resolvers: [AuditResolver],
  permissions: ['audit:read'],
  service: ({ dataSource }) => new AuditService(dataSource),
  subscriptions: (audit) => [audit.subscription()],
  auditSink: (audit) => audit.sink,
});
