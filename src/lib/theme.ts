/**
 * The colour theme: the system's (prefers-color-scheme) unless staff chose light or dark in settings.
 * Applied as data-theme on <html>, which styles.css turns into color-scheme.
 */
import { readSetting, writeSetting } from './local-settings';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function parseTheme(raw: unknown): ThemeChoice | null {
  return CHOICES.find((choice) => choice === raw) ?? null;
}

export function readTheme(): ThemeChoice {
  return readSetting(KEY, parseTheme) ?? 'system';
}

/** Sets the theme on the page now; call once at start-up and after every change. */
export function applyTheme(choice: ThemeChoice = readTheme()): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function writeTheme(choice: ThemeChoice): void {
  writeSetting(KEY, choice);
  applyTheme(choice);
}
