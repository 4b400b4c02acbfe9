import { attemptLimit, nextAttemptDelayMs } from '../webhook-retry';

const SCHEDULE = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

describe('nextAttemptDelayMs', () => {
  it('should wait 5 s after the first failure and 10 h after the seventh when on the default schedule', () => {
    expect(nextAttemptDelayMs(SCHEDULE, 1)).toBe(5_000);
    expect(nextAttemptDelayMs(SCHEDULE, 7)).toBe(36_000_000);
  });

  it('should give up after the eighth attempt, about 27.6 hours after the first, when on the default schedule', () => {
    expect(attemptLimit(SCHEDULE)).toBe(8);
    expect(nextAttemptDelayMs(SCHEDULE, 8)).toBeNull();
    expect(SCHEDULE.reduce((sum, wait) => sum + wait, 0) / 3_600_000).toBeCloseTo(27.6, 1);
  });
});
