import { join } from 'node:path';
import { buildSchemaOf, writeSubgraphSdl } from '@clientele/subgraph-kit';
import { accountsSubgraph } from './subgraph';

void writeSubgraphSdl(() => buildSchemaOf(accountsSubgraph), join(__dirname, '..', 'schema.graphql'));
