import type { EntityManager } from 'typeorm';
import type { Caller } from './contracts/callers';
import type { Logger } from './http/logger';

/**
 * What every resolver gets: the verified caller (never taken from the request body),
 * a logger carrying the request id, and this request's DataLoaders.
 */
export interface RequestContext<TLoaders = unknown> {
  requestId: string;
  caller: Caller;
  /** The request's own `Authorization` header, passed on when this request calls another subgraph. */
  authorization?: string;
  logger: Logger;
  loaders: TLoaders;
  /** Writes to the audit log as this caller; pass the transaction of the change it records. */
  audit(record: AuditRecord, transaction?: EntityManager): Promise<void>;
}

/** One thing to write to the audit log; who did it comes from the request's caller. */
export interface AuditRecord {
  action: string;
  /** The partner whose data was touched. */
  partnerId: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}
