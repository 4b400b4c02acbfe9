import { defineModule } from '@clientele/subgraph-kit';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';

/** Partner apps' API keys: created with scopes, shown once, stored as a digest, revocable. */
export const apiKeysModule = defineModule({
  name: 'api-keys',
  entities: [ApiKeyEntity],
  resolvers: [ApiKeyResolver],
  permissions: ['api-keys:manage'],
  service: ({ dataSource }) => new ApiKeyService(dataSource),
});
