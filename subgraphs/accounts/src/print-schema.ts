import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@clientele/subgraph-kit';
import { buildAccountsSchema } from './schema';

void buildAccountsSchema().then((schema) => {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSdl(schema));
});
