import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@clientele/subgraph-kit';
import { buildMessagingSchema } from './schema';

void buildMessagingSchema().then((schema) => {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSdl(schema));
});
