import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@clientele/subgraph-kit';
import { buildBillingSchema } from './schema';

void buildBillingSchema().then((schema) => {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSdl(schema));
});
