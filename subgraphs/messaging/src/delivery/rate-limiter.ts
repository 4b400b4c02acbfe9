/**
 * A token bucket per key (partner and channel), in this process: each key refills at its rate
 * and holds at most one second's worth, so a burst is bounded and a steady stream runs at the rate.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes `count` tokens and says how many milliseconds to wait before using them (0: at once). */
  reserve(key: string, count: number, perSecond: number): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, at: now };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    bucket.tokens -= count;
    this.buckets.set(key, bucket);
    return bucket.tokens >= 0 ? 0 : Math.ceil((-bucket.tokens / perSecond) * 1000);
  }

  /** Gives back tokens reserved for work that was put off instead. */
  release(key: string, count: number): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens += count;
  }
}
