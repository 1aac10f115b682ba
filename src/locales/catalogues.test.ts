/**
 * The catalogue check: the English catalogue is what the code says (extraction is current), every message
 * exists in every language, none is left in English outside English, every message parses as ICU and uses
 * the same placeholders as its English text, and the compiled files the app loads are current.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  compiledFiles,
  MESSAGE_SETS,
  setOf,
  type MessageSet,
  compileLanguage,
  extractArgs,
  pseudoSets,
  TRANSLATED,
} from '../../scripts/i18n-compile';

/** The app's source files that can define messages (not tests, not generated code). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen|test-support)\./.test(entry.name) ? [path] : [];
  });
}

type Extracted = Record<string, { defaultMessage: string; description?: string }>;
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const english = read('src/locales/en.json') as Extracted;
const translated = (language: string) => read(`src/locales/${language}.json`) as Record<string, string>;

/**
 * Messages whose right translation is the English word itself (a loanword, a brand, a placeholder only).
 * Listed per language, so a new message left in English still fails.
 */
const EVERYWHERE = [
  'cameraHelp.android',
  'queueFormat.withReason',
  'verdict.spoken',
  'bo.totals.percent',
  'relayTables.contact',
];
const SAME_AS_ENGLISH: Record<string, string[]> = {
  nl: [
    ...EVERYWHERE,
    'menu.button',
    'bo.format.of',
    'cameraPicker.label',
    'cameraPicker.numbered',
    'cameraView.label',
    'connection.offline',
    'connection.online',
    'latest.status',
    'ready.online',
    'bo.app.scanner',
    'bo.events.status',
    'bo.orderDetail.status',
    'bo.orderDetail.type',
    'bo.ordersTable.status',
    'bo.ordersTable.tickets',
    'relay.upstream',
    'relayTables.scans',
  ],
  de: [
    ...EVERYWHERE,
    'connection.offline',
    'connection.online',
    'latest.status',
    'ready.online',
    'bo.app.scanner',
    'bo.eventDetails.title',
    'bo.eventForm.name',
    'bo.eventLayout.details',
    'bo.events.status',
    'bo.orderDetail.status',
    'bo.ordersTable.status',
    'bo.ordersTable.tickets',
    'bo.typeForm.name',
    'relay.upstream',
    'relayTables.scans',
  ],
  fr: [
    ...EVERYWHERE,
    'menu.button',
    'ready.ok',
    'bo.app.scanner',
    'bo.eventDetails.description',
    'bo.eventForm.description',
    'bo.orderDetail.total',
    'bo.orderDetail.type',
    'bo.ordersTable.total',
    'bo.salesCsv.total',
    'bo.typeForm.description',
    'bo.types.actions',
    'relayTables.scans',
    'queue.csv.notes',
  ],
  es: [...EVERYWHERE, 'bo.orderDetail.total', 'bo.ordersTable.total', 'bo.salesCsv.total'],
};

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      Object.values(element.options).forEach((option) => argumentsOf(option.value, into));
  }
  return into;
}

const sorted = (set: Set<string>) => [...set].sort();

function npx(args: string[]) {
  const result = spawnSync('npx', args, { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

describe('message catalogues', () => {
  it('holds exactly the messages the code defines (npm run i18n is current)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'i18n-')), 'en.json');
    npx(extractArgs(out));
    expect(read(out)).toEqual(english);
  });

  it('parses every English message as ICU', () => {
    for (const [id, { defaultMessage }] of Object.entries(english))
      expect(() => parse(defaultMessage), id).not.toThrow();
  });

  describe.each(TRANSLATED)('%s', (language) => {
    const catalogue = translated(language);

    it('has every message and no message the code no longer has', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it('leaves no message in English', () => {
      const allowed = new Set(SAME_AS_ENGLISH[language]);
      const left = Object.keys(english).filter(
        (id) => !allowed.has(id) && catalogue[id]?.trim() === english[id]?.defaultMessage.trim(),
      );
      expect(left).toEqual([]);
    });

    it('parses every message, with the same placeholders and tags as the English', () => {
      for (const [id, text] of Object.entries(catalogue)) {
        const source = english[id];
        if (!source) continue;
        let elements: MessageFormatElement[] = [];
        expect(() => (elements = parse(text)), `${language} ${id}`).not.toThrow();
        expect(sorted(argumentsOf(elements)), `${language} ${id}`).toEqual(
          sorted(argumentsOf(parse(source.defaultMessage))),
        );
      }
    });
  });

  it.each(['en', ...TRANSLATED])(
    '%s is compiled: the file the app loads matches the catalogue',
    (language) => {
      const sets = compileLanguage(language);
      const files = compiledFiles(language);
      for (const set of MESSAGE_SETS) expect(readFileSync(files[set], 'utf8'), set).toBe(sets[set]);
    },
  );

  it('has a current pseudo-locale, 40% longer than English in every message', () => {
    const files = compiledFiles('en-XA');
    const sets = pseudoSets();
    for (const set of MESSAGE_SETS) expect(readFileSync(files[set], 'utf8'), set).toBe(sets[set]);
  });

  it('defines each set’s messages only in the code that loads with that set', () => {
    // A tool's or the back office's message used on the scan screen would show its id there in a build,
    // where the code carries ids only and that set is not loaded yet.
    const where: Record<Exclude<MessageSet, 'door'>, RegExp> = {
      tools:
        /^src\/(features\/(readiness|relay|offline-settings)\/|features\/scan-queue\/(QueueScreen\.tsx|ConflictList\.tsx|scans-csv\.ts)$|app\/door\/QueueRoute\.tsx$)/,
      backOffice: /^src\/(app\/backoffice|features\/(events|orders|sales|ticket-types)|ui)\//,
    };
    const misplaced: string[] = [];
    for (const file of sourceFiles('src')) {
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/\bid: '([^']+)'/g)) {
        const set = setOf(id ?? '');
        if (set !== 'door' && !where[set].test(file)) misplaced.push(`${id} (${set}) in ${file}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
