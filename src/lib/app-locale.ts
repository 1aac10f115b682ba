/**
 * The language the app speaks on this device, and the locale every date, number, money amount and list is
 * formatted in. One place, so "2 Dec 2026, 19:30" never sits beside "12/2/26 7:30 PM" on one screen, and the
 * words and the numbers always follow the same choice. Set by lib/i18n when a language has loaded.
 */

/** The languages the app is written in. English is the source; the others are catalogues in src/locales. */
export const APP_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];
/** A test-only language: English lengthened by 40% and accented, to find cut-off text. Never offered. */
export const PSEUDO_LANGUAGE = 'en-XA';
export type LoadableLanguage = AppLanguage | typeof PSEUDO_LANGUAGE;

// The region decides the conventions when a language is used in several countries (24-hour clock, € after
// the number in nl/de/fr/es, British dates for English).
const FORMATTING_LOCALE: Record<LoadableLanguage, string> = {
  en: 'en-GB',
  nl: 'nl-NL',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  [PSEUDO_LANGUAGE]: 'en-GB',
};

let current: LoadableLanguage = 'en';

/** The language the words are in now. */
export function appLanguage(): LoadableLanguage {
  return current;
}

/** The BCP 47 locale for Intl formatters, following the chosen language. */
export function appLocale(): string {
  return FORMATTING_LOCALE[current];
}

/** Only lib/i18n calls this, once the language's messages are in place. */
export function setAppLanguage(language: LoadableLanguage): void {
  current = language;
  globalThis.document?.documentElement.setAttribute('lang', language === PSEUDO_LANGUAGE ? 'en' : language);
}

/** The device's own time zone, against which other zones are labelled. */
let zoneRead: { zone: string; at: number } | null = null;

/**
 * The device's zone. Reading it builds a formatter, which a list of scans did hundreds of times a second
 * during a sync, so it is read again at most once a second (a phone that changes zone is seen within it).
 */
export function deviceTimeZone(): string {
  const now = Date.now();
  if (!zoneRead || now - zoneRead.at >= 1_000 || now < zoneRead.at) {
    zoneRead = { zone: new Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  }
  return zoneRead.zone;
}

/** The first of the browser's preferred languages the app speaks ("de-AT" → de); English otherwise. */
export function matchLanguage(preferred: readonly string[]): AppLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = APP_LANGUAGES.find((language) => language === base);
    if (found) return found;
  }
  return 'en';
}

const formatCache = new Map<string, unknown>();

/**
 * One Intl formatter per locale and options: building one costs far more than using it, and the key includes
 * the locale so a language change never reuses the old language's formatter.
 */
export function cachedFormat<T>(kind: string, options: object, make: (locale: string) => T): T {
  const key = `${kind}|${appLocale()}|${JSON.stringify(options)}`;
  let found = formatCache.get(key) as T | undefined;
  if (found === undefined) {
    found = make(appLocale());
    formatCache.set(key, found);
  }
  return found;
}
