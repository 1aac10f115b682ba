/** Readings of typed form text that both back-office forms need, so their rules cannot drift apart. */

/** Optional text left empty means "none": the API takes null there, not an empty string. */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The whole number typed, or null when the box is empty or holds anything else. */
export function wholeNumberIn(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

export const WHOLE_NUMBER_ERROR = 'Enter a whole number.';
