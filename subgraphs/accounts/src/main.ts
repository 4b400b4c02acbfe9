import { runSubgraph } from '@clientele/subgraph-kit';
import { config } from './config';
import { accountsSubgraph } from './subgraph';

void runSubgraph(accountsSubgraph, config).catch(() => process.exit(1));
