/**
 * Makes sure a Chromium exists for the browser tests. Where none is found it gets one: Debian's package
 * through apt-get when running as root on Debian, otherwise Playwright's own download.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium, MISSING_CHROMIUM_HELP } from '../tests/support/chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

export function ensureChromium(): boolean {
  const found = findChromium();
  if (found) {
    console.log(`Chromium: ${found.executablePath ?? 'Playwright bundled browser'} (from ${found.source})`);
    return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found; installing Debian package "chromium" with apt-get.');
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      if (findChromium()) return true;
    }
  } else {
    console.log("No Chromium found; downloading Playwright's Chromium.");
    if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return true;
  }
  console.error(MISSING_CHROMIUM_HELP);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureChromium() ? 0 : 1);
}
