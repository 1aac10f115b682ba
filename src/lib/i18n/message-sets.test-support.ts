/**
 * Unit tests add a compiled message set (the door tools' or the back office's) as the app does when that
 * part opens; each set is added once per test file.
 */
import { addMessageSet, type Catalogue } from './i18n';

type SetName = 'tools' | 'bo';
const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'en-XA'] as const;
const added = new Map<SetName, Promise<void>>();

export function messageSetReady(set: SetName): Promise<void> {
  let ready = added.get(set);
  if (!ready) {
    const loader = (language: string) => async () =>
      ((await import(`../../locales/compiled/${set}/${language}.json`)) as { default: Catalogue }).default;
    ready = addMessageSet(
      Object.fromEntries(LANGUAGES.map((language) => [language, loader(language)])) as Parameters<
        typeof addMessageSet
      >[0],
    );
    added.set(set, ready);
  }
  return ready;
}
