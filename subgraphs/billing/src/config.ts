import { loadSubgraphConfig } from '@clientele/subgraph-kit';

export const config = loadSubgraphConfig('billing', { port: 4002 });
