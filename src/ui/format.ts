/** Number and money formatting in the chosen language; amounts stay in the currency the API gives. */
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
