import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { bulkSendsModule } from './bulk-sends';
import { customerProjectionModule } from './customer-projection';
import { deliveryModule } from './delivery';
import { messagesModule } from './messages';
import { noticesModule } from './notices';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { outboxModule } from './outbox';
import { recipientsModule } from './recipients';
import { remindersModule } from './reminders';
import { seedMessagingDemo } from './seed/demo.seed';
import { settingsModule } from './settings';
import { templatesModule } from './templates';
import { webhooksModule } from './webhooks';

/** Messaging's customers and the messages sent to them. Add a module here, once. */
export const messagingSubgraph = defineSubgraph({
  service: 'messaging',
  modules: [
    customerProjectionModule,
    recipientsModule,
    templatesModule,
    messagesModule,
    settingsModule,
    outboxModule,
    deliveryModule,
    bulkSendsModule,
    webhooksModule,
    remindersModule,
    noticesModule,
  ],
  baselineMigrations: [Initial1763700000000],
  seedDemo: async ({ dataSource, logger }) => {
    await seedMessagingDemo(dataSource, { customers: DEMO.customerCount, logger });
  },
});
