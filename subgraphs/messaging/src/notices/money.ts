/** `1250, 'EUR'` → `12.50 EUR`: minor units in the currency's own number of decimals. */
export function formatMinor(minor: number, currency: string): string {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown code keeps two decimals rather than failing the notice.
  }
  const sign = minor < 0 ? '-' : '';
  const whole = Math.abs(minor);
  const scale = 10 ** digits;
  const units = Math.floor(whole / scale);
  const fraction = digits > 0 ? `.${String(whole % scale).padStart(digits, '0')}` : '';
  return `${sign}${units}${fraction} ${currency}`;
}
