import { type SubgraphConfig, createDataSource } from '@clientele/subgraph-kit';
import { DirectoryEntryEntity } from './directory/directory-entry.entity';
import { MessageEntity } from './messages/message.entity';
import { Initial1763700000000 } from './migrations/1763700000000-initial';

export function createMessagingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return createDataSource(config, {
    entities: [DirectoryEntryEntity, MessageEntity],
    migrations: [Initial1763700000000],
  });
}
