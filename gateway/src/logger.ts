import { createLogger } from '@clientele/subgraph-kit/http';
import { config } from './config';

export const logger = createLogger('gateway', config.logLevel);
