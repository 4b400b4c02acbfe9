import {
  daysInYear,
  formatDecimal,
  lineAmountMinor,
  monthOf,
  overlapDays,
  parseDecimal,
  percentToPpm,
  ppmToPercent,
  previousMonth,
  roundHalfUp,
  taxOf,
} from '../pricing';

describe('pricing arithmetic', () => {
  it('should round exact halves up and everything else to the nearest when rounding a fraction', () => {
    expect(roundHalfUp({ n: 5n, d: 2n })).toBe(3n);
    expect(roundHalfUp({ n: 7n, d: 3n })).toBe(2n);
    expect(roundHalfUp({ n: 8n, d: 3n })).toBe(3n);
    expect(roundHalfUp({ n: -5n, d: 2n })).toBe(-3n);
    expect(roundHalfUp({ n: 4999n, d: 10_000n })).toBe(0n);
    expect(roundHalfUp({ n: 5000n, d: 10_000n })).toBe(1n);
  });

  it('should read decimals exactly and refuse what is not one when parsing', () => {
    expect(parseDecimal('1.0825')).toEqual({ n: 10825n, d: 10000n });
    expect(parseDecimal('3')).toEqual({ n: 3n, d: 1n });
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('-1')).toBeNull();
    expect(parseDecimal('0.1234567', 6)).toBeNull();
    expect(formatDecimal({ n: 1n, d: 3n }, 4)).toBe('0.3333');
    expect(formatDecimal({ n: 21n, d: 1n })).toBe('21');
  });

  it('should store a percent as parts per million when the rate has at most 4 decimals', () => {
    expect(percentToPpm('21')).toBe(210_000);
    expect(percentToPpm('5.5')).toBe(55_000);
    expect(percentToPpm('0.0001')).toBe(1);
    expect(percentToPpm('100')).toBe(1_000_000);
    expect(percentToPpm('100.0001')).toBeNull();
    expect(percentToPpm('0.00001')).toBeNull();
    expect(ppmToPercent(55_000)).toBe('5.5');
  });

  it('should pro-rate, convert and round once when pricing a line', () => {
    // 19.99 EUR × 3 for 17 of 31 days: 5997 × 17 / 31 = 3288.677… → 3289.
    expect(lineAmountMinor(1999n, { n: 3n, d: 1n }, { n: 17n, d: 31n })).toBe(3289n);
    // The same in GBP at 0.8571, one rounding at the end: 5997 × 17 / 31 × 0.8571 = 2818.73 → 2819.
    const gbp = { rate: { n: 8571n, d: 10_000n }, fromExponent: 2, toExponent: 2 };
    expect(lineAmountMinor(1999n, { n: 3n, d: 1n }, { n: 17n, d: 31n }, gbp)).toBe(2819n);
    // To a currency without minor units: 12.50 USD at 151.37 JPY = 1892.125 → 1892.
    const jpy = { rate: { n: 15137n, d: 100n }, fromExponent: 2, toExponent: 0 };
    expect(lineAmountMinor(1250n, { n: 1n, d: 1n }, undefined, jpy)).toBe(1892n);
    // A half exactly goes up: 1 × 0.5 = 0.5 → 1.
    expect(lineAmountMinor(1n, { n: 1n, d: 2n })).toBe(1n);
  });

  it('should round the tax of each line once from its amount', () => {
    expect(taxOf(3289n, 210_000)).toBe(691n); // 690.69
    expect(taxOf(50n, 210_000)).toBe(11n); // 10.5 → 11
    expect(taxOf(1000n, 0)).toBe(0n);
  });

  it('should count the days of a stretch inside a period, with an open end running past it', () => {
    expect(overlapDays('2026-10-15', null, '2026-10-01', '2026-11-01')).toBe(17);
    expect(overlapDays('2026-09-01', '2026-10-11', '2026-10-01', '2026-11-01')).toBe(10);
    expect(overlapDays('2026-11-01', null, '2026-10-01', '2026-11-01')).toBe(0);
    expect(overlapDays('2026-10-05', '2026-10-05', '2026-10-01', '2026-11-01')).toBe(0);
    expect(overlapDays('2024-02-01', null, '2024-02-01', '2024-03-01')).toBe(29);
  });

  it('should find calendar months and years in UTC', () => {
    expect(monthOf('2026-12-15')).toEqual({ start: '2026-12-01', end: '2027-01-01' });
    expect(previousMonth('2027-01-01')).toEqual({ start: '2026-12-01', end: '2027-01-01' });
    expect(previousMonth('2026-03-31')).toEqual({ start: '2026-02-01', end: '2026-03-01' });
    expect(daysInYear('2024-06-01')).toBe(366);
    expect(daysInYear('2026-06-01')).toBe(365);
  });
});
