/**
 * `npm run i18n`: extracts every message from the code into src/locales/en.json (ids, English, notes for
 * translators), then compiles each translated catalogue (src/locales/<lang>.json, `{ id: text }`) into a
 * pre-parsed file in src/locales/compiled/, which the app loads on demand. English is compiled too: the
 * app's build leaves the ICU parser out (every message arrives pre-parsed), which keeps the scanner lean.
 * A message that is plain text (most are) is written as its text rather than as a one-element syntax tree,
 * which makes the file the door loads before its first paint about a third smaller.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { pseudoCatalogue } from './pseudo-locale.ts';

export const TRANSLATED = ['nl', 'de', 'fr', 'es'] as const;

/** `formatjs compile` arguments for one language ("en" reads the extracted file, with its notes). */
export function compileArgs(language: string, outFile: string): string[] {
  const simple = language === 'en' ? [] : ['--format', 'simple'];
  return ['formatjs', 'compile', `src/locales/${language}.json`, ...simple, '--ast', '--out-file', outFile];
}

/** What the app loads: each message's syntax tree, or its text when it is nothing but text. */
export type CompactCatalogue = Record<string, MessageFormatElement[] | string>;

export function compactCatalogue(compiled: Record<string, MessageFormatElement[]>): CompactCatalogue {
  return Object.fromEntries(
    Object.entries(compiled).map(([id, elements]) => {
      const only = elements.length === 1 ? elements[0] : undefined;
      return [id, elements.length === 0 ? '' : only?.type === TYPE.literal ? only.value : elements];
    }),
  );
}

/**
 * The sets the app loads, each on its own: the door's (before the first paint), the door tools' (the queue,
 * readiness, settings and relay screens, which load with the first of them) and the back office's (ids
 * starting "bo.", with the back office). Translators see one catalogue per language; only the compiled
 * files are split.
 */
export const MESSAGE_SETS = ['door', 'tools', 'backOffice'] as const;
export type MessageSet = (typeof MESSAGE_SETS)[number];
export type CompiledSets = Record<MessageSet, string>;
const TOOL_PREFIXES = [
  'queue',
  'conflicts',
  'ready',
  'checks',
  'cameraCheck',
  'settings',
  'relay',
  'relayTables',
];

export function setOf(id: string): MessageSet {
  const prefix = id.split('.')[0] ?? '';
  if (prefix === 'bo') return 'backOffice';
  return TOOL_PREFIXES.includes(prefix) ? 'tools' : 'door';
}

/** Where the app loads each set of a language from. */
export function compiledFiles(language: string, dir = 'src/locales/compiled'): CompiledSets {
  return {
    door: join(dir, `${language}.json`),
    tools: join(dir, 'tools', `${language}.json`),
    backOffice: join(dir, 'bo', `${language}.json`),
  };
}

/** The sets the app loads, as the text of their files. */
export function splitCatalogue(compiled: Record<string, MessageFormatElement[]>): CompiledSets {
  const entries = Object.entries(compactCatalogue(compiled));
  const json = (set: MessageSet) =>
    `${JSON.stringify(Object.fromEntries(entries.filter(([id]) => setOf(id) === set)))}\n`;
  return { door: json('door'), tools: json('tools'), backOffice: json('backOffice') };
}

/** Compiles one language as the app loads it (formatjs compile, compacted, split); returns the texts. */
export function compileLanguage(language: string): CompiledSets {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-compile-'));
  try {
    const raw = join(dir, `${language}.json`);
    run(compileArgs(language, raw));
    return splitCatalogue(JSON.parse(readFileSync(raw, 'utf8')) as Record<string, MessageFormatElement[]>);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeCompiled(language: string, sets: CompiledSets): void {
  const files = compiledFiles(language);
  for (const set of MESSAGE_SETS) {
    mkdirSync(dirname(files[set]), { recursive: true });
    writeFileSync(files[set], sets[set]);
  }
}

/** The pseudo-locale's compiled sets, from the extracted English. */
export function pseudoSets(): CompiledSets {
  const english = JSON.parse(readFileSync('src/locales/en.json', 'utf8')) as Record<
    string,
    { defaultMessage: string }
  >;
  return splitCatalogue(pseudoCatalogue(english));
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
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${result.status})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(extractArgs('src/locales/en.json'));
  for (const language of ['en', ...TRANSLATED]) writeCompiled(language, compileLanguage(language));
  writeCompiled('en-XA', pseudoSets());
}
