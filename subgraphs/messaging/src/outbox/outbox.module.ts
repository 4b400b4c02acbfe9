import { defineModule } from '@clientele/subgraph-kit';
import { Outbox1765300000400 } from './migrations/1765300000400-outbox';
import { OutboxEntryEntity } from './outbox.entity';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

/** Where messages go when no provider is configured, readable in the admin app: the product works out of the box. */
export const outboxModule = defineModule({
  name: 'outbox',
  entities: [OutboxEntryEntity],
  migrations: [Outbox1765300000400],
  resolvers: [OutboxResolver],
  service: ({ dataSource }) => new OutboxService(dataSource),
});
