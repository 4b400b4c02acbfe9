import { join } from 'node:path';
import { writeSubgraphSdl } from '@clientele/subgraph-kit';
import { buildMessagingSchema } from './schema';

void writeSubgraphSdl(() => buildMessagingSchema(), join(__dirname, '..', 'schema.graphql'));
