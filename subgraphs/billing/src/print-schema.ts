import { join } from 'node:path';
import { buildSchemaOf, writeSubgraphSdl } from '@clientele/subgraph-kit';
import { billingSubgraph } from './subgraph';

void writeSubgraphSdl(() => buildSchemaOf(billingSubgraph), join(__dirname, '..', 'schema.graphql'));
