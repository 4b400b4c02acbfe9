import { runSubgraph } from '@clientele/subgraph-kit';
import { config } from './config';
import { billingSubgraph } from './subgraph';

void runSubgraph(billingSubgraph, config).catch(() => process.exit(1));
