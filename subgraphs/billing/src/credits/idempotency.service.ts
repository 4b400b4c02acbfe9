import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { IdempotencyKeyEntity, type IdempotentResult } from './idempotency-key.entity';

/** Keys are kept at least this long: a client may retry a lost answer for a day. */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; result: IdempotentResult }
  | { kind: 'reused'; operation: string };

/** The digest of a request: the operation and its input, with bigints as text and keys in a fixed order. */
export function requestDigest(operation: string, input: Record<string, unknown>): string {
  const canonical = JSON.stringify([operation, Object.keys(input).sort().map((key) => [key, input[key] ?? null])], (_, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Idempotency keys as Stripe keeps them. `claim` is the first statement of a credit operation's
 * transaction: it inserts the key with the result the operation is about to produce. A twin
 * request with the same key blocks on the primary key until the first commits or rolls back;
 * then it either reads what the first stored, or (after a rollback) claims the key itself.
 */
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource) {}

  async claim(
    transaction: EntityManager,
    partnerId: string,
    key: string,
    operation: string,
    digest: string,
    result: IdempotentResult,
  ): Promise<Claim> {
    const inserted = await transaction.query<unknown[]>(
      `INSERT INTO ${this.table} (partner_id, key, operation, request_digest, result)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (partner_id, key) DO NOTHING
       RETURNING key`,
      [partnerId, key, operation, digest, JSON.stringify(result)],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const [stored] = await transaction.query<{ operation: string; requestDigest: string; result: IdempotentResult }[]>(
      `SELECT operation, request_digest AS "requestDigest", result FROM ${this.table} WHERE partner_id = $1 AND key = $2`,
      [partnerId, key],
    );
    // Forgotten between the two statements (older than the retention): the retry is too late to match anything.
    if (!stored) return { kind: 'reused', operation };
    return stored.requestDigest === digest
      ? { kind: 'replay', result: stored.result }
      : { kind: 'reused', operation: stored.operation };
  }

  /** Forgets keys older than the retention, a batch at a time; returns how many went. */
  async forgetExpired(batchSize = 10_000): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = await this.dataSource.query<[unknown, number]>(
        `DELETE FROM ${this.table}
          WHERE (partner_id, key) IN (SELECT partner_id, key FROM ${this.table}
                                       WHERE created_at < now() - make_interval(hours => $1) LIMIT $2)`,
        [IDEMPOTENCY_KEY_RETENTION_HOURS, batchSize],
      );
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  private get table(): string {
    return this.dataSource.getMetadata(IdempotencyKeyEntity).tablePath;
  }
}
