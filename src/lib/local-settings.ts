/**
 * The only wrapper of localStorage. Every value read back is checked by the caller's parser, because a
 * setting may have been written by an older version of the app, or edited by hand.
 */
const PREFIX = 'caldasa-door:';

/** Reads and parses a stored setting; a missing, unreadable or invalid value gives null. */
export function readSetting<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    if (raw == null) return null;
    return parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Stores a setting; storage that is full or blocked is not fatal, the app keeps the value in memory. */
export function writeSetting(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Private browsing or a full quota: the session still works with the in-memory value.
  }
}

export function removeSetting(key: string): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

/** Small parsers for stored values. */
export const parsers = {
  string: (raw: unknown): string | null => (typeof raw === 'string' ? raw : null),
  boolean: (raw: unknown): boolean | null => (typeof raw === 'boolean' ? raw : null),
  stringList: (raw: unknown): string[] | null =>
    Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : null,
};
