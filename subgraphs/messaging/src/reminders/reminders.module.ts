import { BALANCE_CHANGED, balanceChangedData, defineModule, defineSubscription } from '@clientele/subgraph-kit';
import { customerProjectionModule } from '../customer-projection';
import { LowCreditReminderEntity } from './low-credit-reminder.entity';
import { createReminderLoaders } from './low-credit-reminder.loaders';
import { LowCreditReminderResolver } from './low-credit-reminder.resolver';
import { LowCreditReminderService } from './low-credit-reminder.service';
import { LowCreditReminders1765350001000 } from './migrations/1765350001000-low-credit-reminders';
import { ReminderVersions1766900010000 } from './migrations/1766900010000-reminder-versions';
import { standingRoutes } from './standing.routes';

/**
 * Low-credit reminders per customer: on or off, a threshold, recipients; `balance.low` once per
 * fall below the threshold, from billing's `balance.changed`, for notices and partner webhooks.
 */
export const remindersModule = defineModule({
  name: 'reminders',
  dependsOn: { customers: customerProjectionModule },
  entities: [LowCreditReminderEntity],
  migrations: [LowCreditReminders1765350001000, ReminderVersions1766900010000],
  resolvers: [LowCreditReminderResolver],
  // Reminder settings are part of running a customer's account.
  permissions: ['customers:write'],
  service: ({ dataSource, events, logger }, { customers }) =>
    new LowCreditReminderService(dataSource, customers, events, logger),
  loaders: createReminderLoaders,
  subscriptions: (service) => [
    defineSubscription({
      event: BALANCE_CHANGED,
      queue: 'messaging.reminders.balance-changed',
      data: balanceChangedData,
      handle: (event) => service.onBalanceChanged(event),
    }),
  ],
  internalRoutes: standingRoutes,
});
