import { availableMinor, formatMinor, isRepresentableBalance, parseMajor, sumMinor, toMoney } from '../money.type';

describe('toMoney', () => {
  it.each([
    [10_050n, 'EUR', '100.50'],
    [-990n, 'GBP', '-9.90'],
    [5n, 'USD', '0.05'],
    [-5n, 'USD', '-0.05'],
    [0n, 'EUR', '0.00'],
    [1234n, 'JPY', '1234'],
    [-1234n, 'JPY', '-1234'],
    [0n, 'JPY', '0'],
    [1234n, 'KWD', '1.234'],
    [5n, 'KWD', '0.005'],
    [9_007_199_254_740_991n, 'EUR', '90071992547409.91'],
  ])('should format %p minor units of %s as %s', (minorUnits, currency, amount) => {
    expect(toMoney(minorUnits, currency)).toMatchObject({ amount, minorUnits: Number(minorUnits), currency });
  });
});

describe('parseMajor', () => {
  it.each([
    ['100.50', 'EUR', 10_050n],
    ['100.5', 'EUR', 10_050n],
    ['-9.90', 'GBP', -990n],
    ['0.05', 'USD', 5n],
    ['1234', 'JPY', 1234n],
    ['1.234', 'KWD', 1234n],
    ['90071992547409.91', 'EUR', 9_007_199_254_740_991n],
  ])('should read %s %s as %p minor units', (amount, currency, minor) => {
    expect(parseMajor(amount, currency)).toBe(minor);
  });

  it.each([
    ['12.5', 'JPY'],
    ['1.005', 'EUR'],
    ['1,00', 'EUR'],
    ['1e3', 'EUR'],
    ['', 'EUR'],
  ])('should refuse %p in %s when the currency has fewer decimals or the text is no amount', (amount, currency) => {
    expect(parseMajor(amount, currency)).toBeNull();
  });

  it('should round-trip every amount it formats when the currency has no minor unit', () => {
    for (const minor of [0n, 1n, -1n, 999n, 1_000_000n]) expect(parseMajor(formatMinor(minor, 'JPY'), 'JPY')).toBe(minor);
  });
});

describe('money arithmetic', () => {
  it('should sum exactly where floating point would not when the amounts are tenths and hundredths', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMinor([10n, 20n])).toBe(30n);
    expect(sumMinor([9_007_199_254_740_991n, 2n])).toBe(9_007_199_254_740_993n);
  });

  it('should make available what is above minus the credit limit, never less than nothing', () => {
    expect(availableMinor(1_000n, 0n)).toBe(1_000n);
    expect(availableMinor(-200n, 500n)).toBe(300n);
    expect(availableMinor(-700n, 500n)).toBe(0n);
    expect(availableMinor(-5n, 0n)).toBe(0n);
  });

  it('should tell a balance GraphQL can carry exactly from one it cannot', () => {
    expect(isRepresentableBalance(9_007_199_254_740_991n)).toBe(true);
    expect(isRepresentableBalance(-9_007_199_254_740_991n)).toBe(true);
    expect(isRepresentableBalance(9_007_199_254_740_992n)).toBe(false);
  });
});
