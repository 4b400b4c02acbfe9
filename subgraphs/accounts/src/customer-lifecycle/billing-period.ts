/**
 * Time-zone arithmetic for cancellations, with nothing but `Intl`: the wall-clock time of an
 * instant in a zone, and the instant of a wall-clock time in a zone.
 */

interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return { ...parts };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a zone's clocks show the given local midnight. Where a change of offset skips
 * midnight, the first instant after the gap.
 */
export function startOfDayIn(timeZone: string, year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  let instant = guess - offsetAt(new Date(guess), timeZone);
  // Once more with the offset at the first answer, for a change of offset in between.
  instant = guess - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/**
 * The end of the billing period that contains `now`: the end of the current calendar month in
 * the customer's time zone (the first instant of the next month there).
 */
export function endOfBillingPeriod(now: Date, timeZone: string): Date {
  const wall = wallClockAt(now, timeZone);
  const nextMonth = wall.month === 12 ? { year: wall.year + 1, month: 1 } : { year: wall.year, month: wall.month + 1 };
  return startOfDayIn(timeZone, nextMonth.year, nextMonth.month, 1);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * When a cancellation "on" a date takes effect: a date alone (`2027-03-01`) is the start of that
 * day in the customer's time zone; a date and time must carry its offset. Null when neither.
 */
export function effectiveAtOf(effectiveOn: string, timeZone: string): Date | null {
  const date = DATE_ONLY.exec(effectiveOn);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
    return startOfDayIn(timeZone, year, month, day);
  }
  if (!DATE_TIME.test(effectiveOn)) return null;
  const instant = new Date(effectiveOn);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
