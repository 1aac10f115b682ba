/** Switching language while the app runs: load the catalogue, remember the choice, redraw every screen. */
import { useSyncExternalStore } from 'react';
import { appLanguage, type LoadableLanguage } from '../app-locale';
import { loadLanguage } from './i18n';
import { startLanguage, writeLanguageChoice } from './language-setting';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language now on screen; the app root keys its tree on it so every text is written again. */
export function useAppLanguage(): LoadableLanguage {
  return useSyncExternalStore(subscribe, appLanguage, appLanguage);
}

/** Applies a choice at once (null: follow the browser again) and remembers it on this device. */
export async function changeLanguage(choice: LoadableLanguage | null): Promise<void> {
  writeLanguageChoice(choice);
  await loadLanguage(choice ?? startLanguage());
  listeners.forEach((listener) => listener());
}
