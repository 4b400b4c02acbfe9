import { LRUCache } from 'lru-cache';
import type { BucketBudget } from './config';

export interface BucketState {
  capacity: number;
  remaining: number;
  leakPerSecond: number;
}

export type Admission =
  { admitted: true; bucket: BucketState } | { admitted: false; bucket: BucketState; retryAfterSeconds: number };

interface Level {
  /** How much cost the bucket held at `at`. */
  level: number;
  at: number;
}

/** Enough principals for every partner's keys and staff at once; the least recently seen go first. */
const MAX_TRACKED_PRINCIPALS = 100_000;

/**
 * One leaky bucket per principal: each request pours its cost in, the bucket drains steadily, and a
 * request that would make it overflow is refused until enough has drained. Bursts up to the
 * capacity pass; a sustained rate above the leak does not.
 *
 * Buckets live in this process: each gateway replica keeps its own, so N replicas allow up to N
 * times the budget. A shared store (Redis or PostgreSQL) is future work.
 */
export class LeakyBuckets {
  private readonly levels: LRUCache<string, Level>;

  constructor(
    readonly budget: BucketBudget,
    private readonly now: () => number = () => performance.now(),
  ) {
    // A bucket left alone for this long has drained completely, so forgetting it changes nothing.
    const drainMs = Math.ceil((budget.capacity / budget.leakPerSecond) * 1000);
    this.levels = new LRUCache<string, Level>({ max: MAX_TRACKED_PRINCIPALS, ttl: drainMs });
  }

  /** The bucket as it stands, without pouring anything in. */
  peek(key: string): BucketState {
    return this.stateAt(this.levelOf(key));
  }

  /** Pours `cost` into the principal's bucket if it fits. */
  take(key: string, cost: number): Admission {
    const level = this.levelOf(key);
    const overflow = level + cost - this.budget.capacity;
    if (overflow > 0) {
      return {
        admitted: false,
        bucket: this.stateAt(level),
        retryAfterSeconds: Math.max(1, Math.ceil(overflow / this.budget.leakPerSecond)),
      };
    }
    this.levels.set(key, { level: level + cost, at: this.now() });
    return { admitted: true, bucket: this.stateAt(level + cost) };
  }

  private levelOf(key: string): number {
    const entry = this.levels.get(key);
    if (!entry) return 0;
    const drained = ((this.now() - entry.at) / 1000) * this.budget.leakPerSecond;
    return Math.max(0, entry.level - drained);
  }

  private stateAt(level: number): BucketState {
    return {
      capacity: this.budget.capacity,
      remaining: Math.floor(this.budget.capacity - level),
      leakPerSecond: this.budget.leakPerSecond,
    };
  }
}
