import { join } from 'node:path';
import { writeSubgraphSdl } from '@clientele/subgraph-kit';
import { buildAccountsSchema } from './schema';

void writeSubgraphSdl(() => buildAccountsSchema(), join(__dirname, '..', 'schema.graphql'));
