import { loadSubgraphConfig } from '@clientele/subgraph-kit';

export const config = loadSubgraphConfig('accounts', { port: 4001 });
