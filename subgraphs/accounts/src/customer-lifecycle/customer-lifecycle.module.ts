import { defineModule } from '@clientele/subgraph-kit';
import { auditModule } from '../audit';
import { credentialsModule } from '../credentials';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { notesModule } from '../notes';
import { operatorsModule } from '../operators';
import { CustomerStatusChangeEntity, OverdueInvoiceEntity, ScheduledCancellationEntity } from './lifecycle.entity';
import { createLifecycleLoaders } from './lifecycle.loaders';
import { CustomerLifecycleResolver } from './lifecycle.resolver';
import {
  CANCELLATION_QUEUE,
  CustomerLifecycleService,
  cancellationJobData,
  lifecycleErrorCodes,
} from './lifecycle.service';
import { CustomerLifecycle1765000200000 } from './migrations/1765000200000-customer-lifecycle';
import { LatePaymentSuspensions1766620001000 } from './migrations/1766620001000-late-payment-suspensions';

/**
 * A customer's status lifecycle: suspend, re-enable, deactivate, reactivate, cancel (now or
 * scheduled), close, restore and erase, and suspension for late payment on billing's invoice
 * events. The customers module owns the status column; this module decides the changes and keeps
 * their record.
 */
export const customerLifecycleModule = defineModule({
  name: 'customer-lifecycle',
  dependsOn: {
    customers: customersModule,
    members: membersModule,
    notes: notesModule,
    operators: operatorsModule,
    credentials: credentialsModule,
    audit: auditModule,
  },
  entities: [CustomerStatusChangeEntity, ScheduledCancellationEntity, OverdueInvoiceEntity],
  migrations: [CustomerLifecycle1765000200000, LatePaymentSuspensions1766620001000],
  resolvers: [CustomerLifecycleResolver],
  errorCodes: lifecycleErrorCodes,
  service: ({ dataSource, events, services, logger }, { customers, members, notes, operators, credentials, audit }) =>
    new CustomerLifecycleService(
      dataSource,
      events,
      services,
      customers,
      members,
      notes,
      operators,
      credentials.sessions,
      credentials.throttle,
      audit,
      logger,
    ),
  loaders: createLifecycleLoaders,
  // Suspended for an overdue invoice, re-enabled when it is paid or voided (billing's events).
  subscriptions: (lifecycle) => lifecycle.latePaymentSubscriptions(),
  // Scheduled cancellations wait on the queue, which keeps them across restarts.
  prepare: (lifecycle, { events }) =>
    events.work({ name: CANCELLATION_QUEUE, data: cancellationJobData, handle: (job) => lifecycle.carryOut(job) }),
});
