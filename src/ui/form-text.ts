/** Readings of typed form text that both back-office forms need, so their rules cannot drift apart. */
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  whole: { id: 'bo.form.wholeNumber', defaultMessage: 'Enter a whole number.' },
});

/** Optional text left empty means "none": the API takes null there, not an empty string. */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The whole number typed, or null when the box is empty or holds anything else. */
export function wholeNumberIn(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

export const wholeNumberError = () => t(messages.whole);
