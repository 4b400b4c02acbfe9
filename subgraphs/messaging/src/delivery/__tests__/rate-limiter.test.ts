import { RateLimiter } from '../rate-limiter';

describe('RateLimiter', () => {
  it('should let a second’s worth through at once and make the rest wait at the rate when a burst comes', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect(limiter.reserve('p:EMAIL', 100, 100)).toBe(0);
    expect(limiter.reserve('p:EMAIL', 50, 100)).toBe(500);
    now = 1_500;
    expect(limiter.reserve('p:EMAIL', 100, 100)).toBe(0);
  });

  it('should keep each key apart when two partners send', () => {
    const limiter = new RateLimiter(() => 0);
    expect(limiter.reserve('a:EMAIL', 10, 10)).toBe(0);
    expect(limiter.reserve('b:EMAIL', 10, 10)).toBe(0);
    expect(limiter.reserve('a:EMAIL', 10, 10)).toBe(1_000);
  });

  it('should give tokens back when released', () => {
    const limiter = new RateLimiter(() => 0);
    limiter.reserve('a:SMS', 10, 10);
    expect(limiter.reserve('a:SMS', 10, 10)).toBe(1_000);
    limiter.release('a:SMS', 10);
    expect(limiter.reserve('a:SMS', 0, 10)).toBe(0);
  });
});
