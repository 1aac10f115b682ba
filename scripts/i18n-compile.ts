/**
 * `npm run i18n`: extracts every message from the code into src/locales/en.json (ids, English, notes for
 * translators), then compiles each translated catalogue (src/locales/<lang>.json, `{ id: text }`) into a
 * pre-parsed file in src/locales/compiled/, which the app loads on demand. English is compiled too: the
 * app's build leaves the ICU parser out (every message arrives pre-parsed), which keeps the scanner lean.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pseudoCatalogue } from './pseudo-locale.ts';

export const TRANSLATED = ['nl', 'de', 'fr', 'es'] as const;

/** `formatjs compile` arguments for one language ("en" reads the extracted file, with its notes). */
export function compileArgs(language: string, outFile: string): string[] {
  const simple = language === 'en' ? [] : ['--format', 'simple'];
  return ['formatjs', 'compile', `src/locales/${language}.json`, ...simple, '--ast', '--out-file', outFile];
}

/** The pseudo-locale's compiled catalogue, from the extracted English. */
export function pseudoJson(): string {
  const english = JSON.parse(readFileSync('src/locales/en.json', 'utf8')) as Record<
    string,
    { defaultMessage: string }
  >;
  return `${JSON.stringify(pseudoCatalogue(english))}\n`;
}

/** The extraction command; the catalogue test runs the same one into a temporary file. */
export function extractArgs(outFile: string): string[] {
  return [
    'formatjs',
    'extract',
    'src/**/*.{ts,tsx}',
    '--ignore',
    'src/**/*.test.{ts,tsx}',
    'src/**/*.gen.ts',
    'src/**/*.test-support.ts',
    '--out-file',
    outFile,
    '--throws',
  ];
}

function run(args: string[]): void {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(extractArgs('src/locales/en.json'));
  for (const language of ['en', ...TRANSLATED])
    run(compileArgs(language, `src/locales/compiled/${language}.json`));
  writeFileSync('src/locales/compiled/en-XA.json', pseudoJson());
}
