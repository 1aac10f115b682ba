/** Number and money formatting in the app's locale; amounts stay in the currency the API gives. */
import { APP_LOCALE } from '../lib/app-locale';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "€1,234.50" for 1234.5 EUR; an unknown currency code falls back to "1,234.50 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(APP_LOCALE, { style: 'currency', currency });
    } catch {
      return `${formatCount(amount)} ${currency}`;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

const countFormat = new Intl.NumberFormat(APP_LOCALE);

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "120 of 500" */
export function formatOf(part: number, whole: number): string {
  return `${formatCount(part)} of ${formatCount(whole)}`;
}

const pluralRules = new Intl.PluralRules(APP_LOCALE);

/** "1 order", "2 orders": a count with its noun in the right number. */
export function formatCountOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${pluralRules.select(count) === 'one' ? one : many}`;
}
