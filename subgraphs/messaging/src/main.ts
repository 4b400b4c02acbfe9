import { runSubgraph } from '@clientele/subgraph-kit';
import { config } from './config';
import { messagingSubgraph } from './subgraph';

void runSubgraph(messagingSubgraph, config).catch(() => process.exit(1));
