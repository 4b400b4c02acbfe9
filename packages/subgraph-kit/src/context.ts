import type { Caller } from './auth';
import type { Logger } from './logger';

/**
 * What every resolver gets: the verified caller (never taken from the request body),
 * a logger carrying the request id, and this request's DataLoaders.
 */
export interface RequestContext<TLoaders = unknown> {
  requestId: string;
  caller: Caller;
  logger: Logger;
  loaders: TLoaders;
}

export const REQUEST_ID_HEADER = 'x-request-id';
