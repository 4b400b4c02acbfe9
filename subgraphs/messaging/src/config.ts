import { loadSubgraphConfig } from '@clientele/subgraph-kit';

export const config = loadSubgraphConfig('messaging', { port: 4003 });
