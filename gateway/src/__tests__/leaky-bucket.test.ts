import { LeakyBuckets } from '../leaky-bucket';

function bucketsAt(clock: { now: number }) {
  return new LeakyBuckets({ capacity: 100, leakPerSecond: 10 }, () => clock.now);
}

describe('LeakyBuckets', () => {
  it('should admit requests until the bucket would overflow', () => {
    const clock = { now: 0 };
    const buckets = bucketsAt(clock);

    expect(buckets.take('operator:a', 60)).toEqual({
      admitted: true,
      bucket: { capacity: 100, remaining: 40, leakPerSecond: 10 },
    });
    expect(buckets.take('operator:a', 40).admitted).toBe(true);
    expect(buckets.take('operator:a', 1)).toEqual({
      admitted: false,
      bucket: { capacity: 100, remaining: 0, leakPerSecond: 10 },
      retryAfterSeconds: 1,
    });
  });

  it('should say to retry once enough has leaked, and admit then', () => {
    const clock = { now: 0 };
    const buckets = bucketsAt(clock);
    buckets.take('api_key:k', 100);

    const refused = buckets.take('api_key:k', 35);
    clock.now = 3_400;
    const tooEarly = buckets.take('api_key:k', 35);
    clock.now = 3_500;
    const onTime = buckets.take('api_key:k', 35);

    expect(refused).toMatchObject({ admitted: false, retryAfterSeconds: 4 });
    expect(tooEarly.admitted).toBe(false);
    expect(onTime).toMatchObject({ admitted: true, bucket: { remaining: 0 } });
  });

  it('should not charge a refused request', () => {
    const clock = { now: 0 };
    const buckets = bucketsAt(clock);
    buckets.take('operator:a', 90);

    buckets.take('operator:a', 50);

    expect(buckets.peek('operator:a').remaining).toBe(10);
  });

  it('should keep each principal apart and drain to empty, not below', () => {
    const clock = { now: 0 };
    const buckets = bucketsAt(clock);
    buckets.take('operator:a', 100);

    expect(buckets.peek('operator:b').remaining).toBe(100);
    clock.now = 60_000;
    expect(buckets.peek('operator:a').remaining).toBe(100);
  });
});
