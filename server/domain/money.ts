/** Money crosses the API as decimal amounts and is kept as integer minor units, so sums are exact. */

/** How many decimals the currency has (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Decimal amount to minor units, or null when the amount has more decimals than the currency allows. */
export function toMinor(amount: number, currency: string): number | null {
  const factor = 10 ** minorDigits(currency);
  const minor = Math.round(amount * factor);
  return Math.abs(minor - amount * factor) < 1e-6 ? minor : null;
}

/** Minor units back to a decimal amount. */
export function fromMinor(minor: number, currency: string): number {
  const digits = minorDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
}
