import type { DataSource } from 'typeorm';

interface ThrottlePolicy {
  /** Failures allowed within the window before the key is blocked. */
  maxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
}

/** Guessing one account's password is slowed hard; one address, shared by an office, more gently. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 100, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export function signInThrottleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `account:${email.trim().toLowerCase()}`, policy: ACCOUNT_POLICY }];
  if (clientAddress) keys.push({ key: `address:${clientAddress}`, policy: ADDRESS_POLICY });
  return keys;
}

/**
 * Counts failed sign-ins per key in PostgreSQL, so every replica sees the same counts. A key
 * with too many failures in its window is blocked for a while, whether or not the account exists.
 */
export class ThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds until the caller may try again, or null if no key is blocked. */
  async retryAfter(keys: ThrottleKey[]): Promise<number | null> {
    const rows = await this.dataSource.query<{ seconds: number }[]>(
      `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS seconds
         FROM accounts.sign_in_failures WHERE key = ANY($1) AND blocked_until > now()
        ORDER BY blocked_until DESC LIMIT 1`,
      [keys.map((key) => key.key)],
    );
    return rows[0]?.seconds ?? null;
  }

  /** Counts a failure against every key; answers the retry delay if this failure blocked one. */
  async recordFailure(keys: ThrottleKey[]): Promise<number | null> {
    for (const { key, policy } of keys) {
      await this.dataSource.query(
        `INSERT INTO accounts.sign_in_failures AS f (key, failures, window_started_at)
         VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN f.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE f.failures + 1 END,
           window_started_at = CASE WHEN f.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE f.window_started_at END,
           blocked_until = CASE
             WHEN f.window_started_at >= now() - make_interval(secs => $2) AND f.failures + 1 >= $3
             THEN now() + make_interval(secs => $4) ELSE f.blocked_until END`,
        [key, policy.windowSeconds, policy.maxFailures, policy.blockSeconds],
      );
    }
    return this.retryAfter(keys);
  }

  /** A successful sign-in forgives the account's failures (not the address's). */
  async clear(keys: ThrottleKey[]): Promise<void> {
    const accountKeys = keys.filter((key) => key.key.startsWith('account:')).map((key) => key.key);
    await this.dataSource.query(`DELETE FROM accounts.sign_in_failures WHERE key = ANY($1)`, [accountKeys]);
  }
}
