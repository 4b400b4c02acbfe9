import type { DataSource, EntityManager } from 'typeorm';
import { digestOf } from './secrets';

export interface ThrottlePolicy {
  /** Attempts allowed within the window; the one that reaches it, if it fails, blocks the key. */
  maxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
  /**
   * What a successful attempt does to the key: `forget` its failures (one account's password was
   * right), or `refund` only its own attempt (an address shared by an office keeps its count).
   */
  onSuccess: 'forget' | 'refund';
}

/** Guessing one account's password is slowed hard; one address, shared by an office, more gently. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  onSuccess: 'forget',
};
const ADDRESS_POLICY: ThrottlePolicy = {
  maxFailures: 100,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  onSuccess: 'refund',
};
/** Invitation tokens are random: an address that keeps presenting unknown ones is probing. */
const INVITATION_ADDRESS_POLICY: ThrottlePolicy = {
  maxFailures: 20,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  onSuccess: 'refund',
};

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export function signInThrottleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `account:${email.trim().toLowerCase()}`, policy: ACCOUNT_POLICY }];
  if (clientAddress) keys.push({ key: `address:${clientAddress}`, policy: ADDRESS_POLICY });
  return keys;
}

/** Accepting an invitation: per address (unknown tokens), and per token (a known one refused again and again). */
export function invitationThrottleKeys(token: string, clientAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `invitation:${digestOf(token).toString('hex')}`, policy: ACCOUNT_POLICY }];
  if (clientAddress) keys.push({ key: `invitation-address:${clientAddress}`, policy: INVITATION_ADDRESS_POLICY });
  return keys;
}

/** Someone already signed in confirming their password (log in as customer, changing a password). */
export function reauthenticationThrottleKeys(purpose: string, subjectId: string): ThrottleKey[] {
  return [{ key: `${purpose}:${subjectId}`, policy: ACCOUNT_POLICY }];
}

export type Throttled<T> = { outcome: 'throttled'; retryAfterSeconds: number } | { outcome: 'attempted'; result: T };

interface KeyRow {
  /** The key is blocked: the seconds until it is not. */
  blocked_seconds: number | null;
  /** The window (or the block that ended it) is over: the next attempt starts a new one. */
  window_over: boolean;
  failures: number;
  window_seconds_left: number;
}

/**
 * Counts password checks per key in PostgreSQL, so every replica sees the same counts. An attempt
 * is counted under the key's row lock before its check runs, so a burst of simultaneous attempts
 * gets at most `maxFailures` checks per window, however many arrive at once; a success gives its
 * count back. A key is blocked when its last allowed attempt fails, whether or not the account
 * exists.
 */
export class ThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `attempt` if no key is blocked or used up, counting it first. `failed` says whether its
   * result was a wrong secret; a failure that uses a key up blocks it and is answered `throttled`.
   */
  async guard<T>(
    keys: ThrottleKey[],
    attempt: () => Promise<T>,
    failed: (result: T) => boolean,
  ): Promise<Throttled<T>> {
    const refusedFor = await this.admit(keys);
    if (refusedFor !== null) return { outcome: 'throttled', retryAfterSeconds: refusedFor };
    // An attempt that throws stays counted, as a failure would.
    const result = await attempt();
    if (!failed(result)) {
      await this.succeeded(keys);
      return { outcome: 'attempted', result };
    }
    const blockedFor = await this.failedAttempt(keys);
    return blockedFor === null
      ? { outcome: 'attempted', result }
      : { outcome: 'throttled', retryAfterSeconds: blockedFor };
  }

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

  /**
   * Counts an attempt against every key under their row locks (taken in key order, so two
   * attempts never deadlock), or counts nothing and answers the retry delay if a key is blocked
   * or has no attempt left in its window.
   */
  private admit(keys: ThrottleKey[]): Promise<number | null> {
    const ordered = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    return this.dataSource.transaction(async (manager) => {
      const rows: [ThrottleKey, KeyRow][] = [];
      for (const key of ordered) rows.push([key, await this.lock(manager, key)]);
      let refusedFor: number | null = null;
      for (const [{ policy }, row] of rows) {
        // A used-up key with its attempts still being checked has none left until one succeeds or the window ends.
        const waitSeconds =
          row.blocked_seconds ??
          (!row.window_over && row.failures >= policy.maxFailures ? row.window_seconds_left : null);
        if (waitSeconds !== null) refusedFor = Math.max(refusedFor ?? 0, waitSeconds, 1);
      }
      if (refusedFor !== null) return refusedFor;
      for (const [{ key }, row] of rows) {
        await manager.query(
          row.window_over
            ? `UPDATE accounts.sign_in_failures SET failures = 1, window_started_at = now(), blocked_until = NULL WHERE key = $1`
            : `UPDATE accounts.sign_in_failures SET failures = failures + 1 WHERE key = $1`,
          [key],
        );
      }
      return null;
    });
  }

  /** A success forgets the keys that forgive (the account's) and gives back its attempt to the others. */
  private async succeeded(keys: ThrottleKey[]): Promise<void> {
    const forget = keys.filter((key) => key.policy.onSuccess === 'forget').map((key) => key.key);
    const refund = keys.filter((key) => key.policy.onSuccess === 'refund').map((key) => key.key);
    await this.dataSource.query(`DELETE FROM accounts.sign_in_failures WHERE key = ANY($1)`, [forget]);
    await this.dataSource.query(
      `UPDATE accounts.sign_in_failures SET failures = greatest(failures - 1, 0) WHERE key = ANY($1)`,
      [refund],
    );
  }

  /** A failure blocks every key whose attempts it used up; answers the retry delay if one is blocked. */
  private async failedAttempt(keys: ThrottleKey[]): Promise<number | null> {
    for (const { key, policy } of keys) {
      await this.dataSource.query(
        `UPDATE accounts.sign_in_failures SET blocked_until = now() + make_interval(secs => $3)
          WHERE key = $1 AND failures >= $2 AND (blocked_until IS NULL OR blocked_until <= now())`,
        [key, policy.maxFailures, policy.blockSeconds],
      );
    }
    return this.retryAfter(keys);
  }

  private async lock(manager: EntityManager, { key, policy }: ThrottleKey): Promise<KeyRow> {
    // One statement that creates or locks the row and reads it: an insert that found the row,
    // then a separate SELECT … FOR UPDATE, read nothing when a success deleted the row in between.
    const [row] = await manager.query<KeyRow[]>(
      `INSERT INTO accounts.sign_in_failures AS f (key, failures, window_started_at) VALUES ($1, 0, now())
       ON CONFLICT (key) DO UPDATE SET key = f.key
       RETURNING failures,
              CASE WHEN blocked_until > now() THEN ceil(extract(epoch FROM blocked_until - now()))::int END AS blocked_seconds,
              coalesce(blocked_until, window_started_at + make_interval(secs => $2)) <= now() AS window_over,
              ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS window_seconds_left`,
      [key, policy.windowSeconds],
    );
    return row!;
  }
}
