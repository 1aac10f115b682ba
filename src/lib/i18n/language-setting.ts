/** The language chosen on this device, remembered like the theme; the browser's language until one is chosen. */
import { APP_LANGUAGES, matchLanguage, PSEUDO_LANGUAGE, type LoadableLanguage } from '../app-locale';
import { readSetting, removeSetting, writeSetting } from '../local-settings';

const KEY = 'language';

function parseLanguage(raw: unknown): LoadableLanguage | null {
  if (raw === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  return APP_LANGUAGES.find((language) => language === raw) ?? null;
}

/** The stored choice, or null when the device follows the browser. */
export function readLanguageChoice(): LoadableLanguage | null {
  return readSetting(KEY, parseLanguage);
}

/** The language to start in: the stored choice, else the browser's first language the app speaks. */
export function startLanguage(): LoadableLanguage {
  return readLanguageChoice() ?? matchLanguage(globalThis.navigator?.languages ?? []);
}

/** Remembers a choice; null goes back to following the browser. */
export function writeLanguageChoice(choice: LoadableLanguage | null): void {
  if (choice === null) removeSetting(KEY);
  else writeSetting(KEY, choice);
}
