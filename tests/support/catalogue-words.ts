/**
 * The words a screen should show in a language, read from the catalogues translators edit (src/locales),
 * so language tests check the screens against those files, not against a copy of their text.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { IntlMessageFormat } from 'intl-messageformat';

export const LANGUAGES = { nl: 'nl-NL', de: 'de-DE' } as const;
export type Language = keyof typeof LANGUAGES;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const english = JSON.parse(readFileSync('src/locales/en.json', 'utf8')) as Record<
  string,
  { defaultMessage: string }
>;

/** A message of `language` as the app formats it, which must differ from the English. */
export function say(language: Language, id: string, values?: Record<string, string | number>): string {
  const text = sayAsIs(language, id, values);
  // The test is only worth something where the translation differs from the English.
  expect(text, id).not.toBe(english[id]?.defaultMessage);
  return text;
}

/** The same, for a word that is rightly the same as in English ("Menu" in Dutch). */
export function sayAsIs(language: Language, id: string, values?: Record<string, string | number>): string {
  const catalogue = JSON.parse(readFileSync(`src/locales/${language}.json`, 'utf8')) as Record<
    string,
    string
  >;
  const text = catalogue[id];
  if (!text) throw new Error(`${id} is not in the ${language} catalogue`);
  return String(new IntlMessageFormat(text, LANGUAGES[language]).format(values));
}

/** "20:15 MEZ": a clock time on `zone`'s clock with the zone's short name in that language. */
export function eventClock(language: Language, zone: string): RegExp {
  const name =
    new Intl.DateTimeFormat(LANGUAGES[language], { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  return new RegExp(`\\b\\d{2}:\\d{2} ${escapeRegExp(name)}`);
}

/** No "7:15 PM" and no "12/3/2026" anywhere on the page. */
export async function expectNoUsStyle(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/);
  expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
}
