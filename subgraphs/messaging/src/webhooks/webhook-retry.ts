/**
 * When a delivery's next attempt is due, after `attemptsMade` attempts have failed, or null when
 * its schedule is spent. The first attempt is immediate; `scheduleMs` holds the waits after it.
 */
export function nextAttemptDelayMs(scheduleMs: readonly number[], attemptsMade: number): number | null {
  return scheduleMs[attemptsMade - 1] ?? null;
}

/** How many attempts a delivery gets in all. */
export function attemptLimit(scheduleMs: readonly number[]): number {
  return scheduleMs.length + 1;
}
