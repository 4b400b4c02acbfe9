import { join } from 'node:path';
import { writeSubgraphSdl } from '@clientele/subgraph-kit';
import { buildBillingSchema } from './schema';

void writeSubgraphSdl(() => buildBillingSchema(), join(__dirname, '..', 'schema.graphql'));
