import { createLogger } from '@clientele/subgraph-kit/src/logger';
import { config } from './config';

export const logger = createLogger('gateway', config.logLevel);
