import { formatMinor } from '../money';

describe('formatMinor', () => {
  it('should write minor units with the currency’s two decimals when it has two', () => {
    expect(formatMinor(900, 'GBP')).toBe('9.00 GBP');
    expect(formatMinor(1_250, 'EUR')).toBe('12.50 EUR');
  });

  it('should write no decimals when the currency has none, and three when it has three', () => {
    expect(formatMinor(500, 'JPY')).toBe('500 JPY');
    expect(formatMinor(1_005, 'KWD')).toBe('1.005 KWD');
  });

  it('should keep the sign of a negative balance', () => {
    expect(formatMinor(-5, 'EUR')).toBe('-0.05 EUR');
  });
});
