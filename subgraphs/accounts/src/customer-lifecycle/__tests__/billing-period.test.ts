import { effectiveAtOf, endOfBillingPeriod, startOfDayIn } from '../billing-period';

describe('billing periods and cancellation dates', () => {
  it('should end the billing period at the first instant of the next month in the customer’s time zone', () => {
    const now = new Date('2026-12-15T10:00:00Z');

    expect(endOfBillingPeriod(now, 'UTC').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(endOfBillingPeriod(now, 'Europe/Berlin').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(endOfBillingPeriod(now, 'America/New_York').toISOString()).toBe('2027-01-01T05:00:00.000Z');
  });

  it('should count the month the customer is already in when UTC is still in the previous one', () => {
    // 30 November 23:30 UTC is already 1 December in Auckland (UTC+13).
    const now = new Date('2026-11-30T23:30:00Z');

    expect(endOfBillingPeriod(now, 'Pacific/Auckland').toISOString()).toBe('2026-12-31T11:00:00.000Z');
  });

  it('should find local midnight across a change of offset', () => {
    // Berlin moves to summer time on 29 March 2026; 1 April is at UTC+2.
    expect(startOfDayIn('Europe/Berlin', 2026, 4, 1).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(startOfDayIn('Europe/Berlin', 2026, 3, 1).toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('should read a date alone as local midnight and a date and time by its own offset', () => {
    expect(effectiveAtOf('2027-03-01', 'America/New_York')?.toISOString()).toBe('2027-03-01T05:00:00.000Z');
    expect(effectiveAtOf('2027-03-01T12:00:00+02:00', 'UTC')?.toISOString()).toBe('2027-03-01T10:00:00.000Z');
    expect(effectiveAtOf('2027-02-30', 'UTC')).toBeNull();
    expect(effectiveAtOf('2027-03-01T12:00:00', 'UTC')).toBeNull();
    expect(effectiveAtOf('next week', 'UTC')).toBeNull();
  });
});
