import { defineModule } from '@clientele/subgraph-kit';
import { customersModule } from '../customers';
import { CustomerTags1765100000002 } from './migrations/1765100000002-customer-tags';
import { TaggedCustomersIndex1766900400000 } from './migrations/1766900400000-tagged-customers-index';
import { TagEntity } from './tag.entity';
import { createTagLoaders } from './tag.loaders';
import { CustomerTagsResolver } from './tag.resolver';
import { TagService } from './tag.service';

/** Tags on customer accounts, added and removed many at a time, and the partner's tags with counts. */
export const tagsModule = defineModule({
  name: 'tags',
  dependsOn: { customers: customersModule },
  entities: [TagEntity],
  migrations: [CustomerTags1765100000002, TaggedCustomersIndex1766900400000],
  resolvers: [CustomerTagsResolver],
  service: ({ dataSource }, { customers }) => new TagService(dataSource, customers),
  loaders: createTagLoaders,
});
