import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { customerProjectionModule } from './customer-projection';
import { messagesModule } from './messages';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { seedMessagingDemo } from './seed/demo.seed';
import { webhooksModule } from './webhooks';

/** Messaging's customers and the messages sent to them. Add a module here, once. */
export const messagingSubgraph = defineSubgraph({
  service: 'messaging',
  modules: [customerProjectionModule, messagesModule, webhooksModule],
  baselineMigrations: [Initial1763700000000],
  seedDemo: async ({ dataSource, logger }) => {
    await seedMessagingDemo(dataSource, { customers: DEMO.customerCount, logger });
  },
});
