/**
 * The data directory holds secrets (the demo tokens, the certificate's key, a page of valid ticket
 * codes): it is kept 0700 and every file in it 0600, also when an older sandbox created them readable
 * by every local user.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the directory when needed and makes it private. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates `file` empty when missing, so whatever opens it next (SQLite) never makes it world-readable. */
export function touchPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes each named file in `dir` that exists private. */
export function makeFilesPrivate(dir: string, names: readonly string[]): void {
  for (const name of names) {
    const path = join(dir, name);
    if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
  }
}
