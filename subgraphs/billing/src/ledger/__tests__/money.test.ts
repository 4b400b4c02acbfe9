import { toMoney } from '../money.type';

describe('toMoney', () => {
  it.each([
    [10_050n, 'EUR', '100.50'],
    [-990n, 'GBP', '-9.90'],
    [5n, 'USD', '0.05'],
    [-5n, 'USD', '-0.05'],
    [0n, 'EUR', '0.00'],
    [1234n, 'JPY', '1234'],
    [1234n, 'KWD', '1.234'],
    [9_007_199_254_740_991n, 'EUR', '90071992547409.91'],
  ])('should format %p minor units of %s as %s', (minorUnits, currency, amount) => {
    expect(toMoney(minorUnits, currency)).toMatchObject({ amount, minorUnits: Number(minorUnits), currency });
  });
});
