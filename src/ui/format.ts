/**
 * Number, money and typed-time formatting in the chosen language; amounts stay in the currency the API
 * gives.
 */
import { cachedFormat } from '../lib/app-locale';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  of: { id: 'bo.format.of', defaultMessage: '{part} of {whole}', description: '"120 of 500" tickets' },
});

/** "€1,234.50" for 1234.5 EUR ("1.234,50 €" in German); an unknown currency code gives "1,234.50 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return cachedFormat(
      'money',
      { currency },
      (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).format(amount);
  } catch {
    return `${formatCount(amount)} ${currency}`;
  }
}

export function formatCount(value: number): string {
  return cachedFormat('count', {}, (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** "120 of 500" */
export function formatOf(part: number, whole: number): string {
  return t(messages.of, { part: formatCount(part), whole: formatCount(whole) });
}

/**
 * "Thursday, 3 December 2026 at 19:00" for a `datetime-local` value ("2026-12-03T19:00"), in the chosen
 * language. The browser draws that input in its own locale, which need not be the app's; this says back
 * what was typed in the app's words. It is a wall-clock time: no zone is applied (the form names the zone).
 * null for an empty or unreadable value.
 */
export function formatTypedDateTime(value: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return cachedFormat(
    'typed',
    {},
    (locale) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' }),
  ).format(date);
}
