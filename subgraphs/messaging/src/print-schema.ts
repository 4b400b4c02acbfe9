import { join } from 'node:path';
import { buildSchemaOf, writeSubgraphSdl } from '@clientele/subgraph-kit';
import { messagingSubgraph } from './subgraph';

void writeSubgraphSdl(() => buildSchemaOf(messagingSubgraph), join(__dirname, '..', 'schema.graphql'));
