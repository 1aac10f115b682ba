/**
 * The only wrapper of FormatJS. Messages are written in code as `defineMessages` with explicit ids and their
 * English text; `npm run i18n` extracts them into src/locales/en.json for translators and compiles every
 * catalogue, English included, into a pre-parsed file (src/locales/compiled) that is loaded on demand, one
 * small chunk per language, before the first paint. A build keeps only the ids in the code
 * (scripts/strip-messages-plugin.ts) and ships no ICU parser, so the text a screen shows always comes from
 * its compiled catalogue; tests and `vite dev` fall back to the English text beside the id.
 *
 * It formats with `intl-messageformat` directly rather than through `@formatjs/intl`: the app formats dates,
 * numbers and lists with `Intl` itself (src/lib/app-locale.ts), so the rest of `@formatjs/intl` was about
 * 4 KB gzip on the scanner's first load that nothing used.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactNode } from 'react';
import {
  appLanguage,
  appLocale,
  cachedFormat,
  PSEUDO_LANGUAGE,
  setAppLanguage,
  type AppLanguage,
  type LoadableLanguage,
} from '../app-locale';

export interface MessageDescriptor {
  id: string;
  /** English; absent in a build, where the compiled English catalogue carries it. */
  defaultMessage?: string;
  /** A note for translators; absent in a build. */
  description?: string;
}

/** Marks a group of messages for extraction (`npm run i18n`); the value is the messages themselves. */
export function defineMessages<K extends string>(
  messages: Record<K, MessageDescriptor>,
): Record<K, MessageDescriptor> {
  return messages;
}

/** Each message's syntax tree, or its text when it is plain text (scripts/i18n-compile.ts). */
export type Catalogue = Record<string, MessageFormatElement[] | string>;
/** One chunk per language of a set of messages. */
export type CatalogueLoaders = Record<LoadableLanguage, () => Promise<Catalogue>>;

// The door's messages: one chunk per language, fetched only when that language is chosen; the pseudo-locale
// is built from English. The back office brings its own set (ids starting "bo.") when it loads.
const catalogues: CatalogueLoaders = {
  en: () => import('../../locales/compiled/en.json').then((m) => m.default as Catalogue),
  nl: () => import('../../locales/compiled/nl.json').then((m) => m.default as Catalogue),
  de: () => import('../../locales/compiled/de.json').then((m) => m.default as Catalogue),
  fr: () => import('../../locales/compiled/fr.json').then((m) => m.default as Catalogue),
  es: () => import('../../locales/compiled/es.json').then((m) => m.default as Catalogue),
  [PSEUDO_LANGUAGE]: () => import('../../locales/compiled/en-XA.json').then((m) => m.default as Catalogue),
};

let catalogue: Catalogue = {};
/** Sets added by parts of the app loaded on demand; each is loaded again on a change of language. */
const addedSets: CatalogueLoaders[] = [];
/** Formatters made so far in the current language, by message id (each holds its own `Intl` formatters). */
let formatters = new Map<string, IntlMessageFormat | null>();

async function fetchCatalogue(
  loaders: CatalogueLoaders,
  language: LoadableLanguage,
): Promise<[LoadableLanguage, Catalogue]> {
  try {
    return [language, await loaders[language]()];
  } catch {
    // A catalogue that cannot load (offline before it was ever cached): the app still works, in English.
    return language === 'en' ? ['en', {}] : fetchCatalogue(loaders, 'en');
  }
}

/** Loads a language's pre-parsed messages (a small precached chunk) and makes it the app's language. */
export async function loadLanguage(wanted: LoadableLanguage | AppLanguage): Promise<void> {
  const [language, messages] = await fetchCatalogue(catalogues, wanted);
  const added = await Promise.all(addedSets.map((loaders) => fetchCatalogue(loaders, language)));
  setAppLanguage(language);
  catalogue = Object.assign({}, messages, ...added.map(([, set]) => set));
  formatters = new Map();
}

/** Adds a set of messages in the current language (and in every language chosen later). */
export async function addMessageSet(loaders: CatalogueLoaders): Promise<void> {
  addedSets.push(loaders);
  const [, set] = await fetchCatalogue(loaders, appLanguage());
  catalogue = { ...catalogue, ...set };
}

function formatterFor(message: MessageDescriptor): IntlMessageFormat | null {
  const known = formatters.get(message.id);
  if (known !== undefined) return known;
  let made: IntlMessageFormat | null = null;
  const entry = catalogue[message.id];
  const source = typeof entry === 'object' ? entry : message.defaultMessage;
  if (source !== undefined) {
    try {
      made = new IntlMessageFormat(source, appLocale());
    } catch (error) {
      console.warn(`Message ${message.id} cannot be read: ${(error as Error).message}`);
    }
  } else console.warn(`Message ${message.id} is missing from the catalogue`);
  formatters.set(message.id, made);
  return made;
}

type Values = Record<string, string | number | Date | null | undefined>;

/**
 * Text, plain `{name}` arguments and plain `{count, number}`, joined here: most messages with values are only that, and building an
 * IntlMessageFormat for each (its constructor looks the locale up) was the largest single cost in the scan
 * screen's first render. undefined for anything else (plurals, selects, tags, or a value that is not text
 * or a number), which goes to IntlMessageFormat; a number is written as IntlMessageFormat writes it there.
 */
function formatPlain(
  elements: MessageFormatElement[],
  values: Record<string, unknown> | undefined,
): string | undefined {
  let text = '';
  for (const element of elements) {
    if (element.type === TYPE.literal) text += element.value;
    else if (element.type === TYPE.number && element.style == null) {
      // `{count, number}`: the language's own digits and grouping, as IntlMessageFormat writes it.
      const value = values?.[element.value];
      if (typeof value !== 'number') return undefined;
      text += cachedFormat('n', {}, (locale) => new Intl.NumberFormat(locale)).format(value);
    } else if (element.type === TYPE.argument) {
      const value = values?.[element.value];
      if (typeof value !== 'string' && typeof value !== 'number') return undefined;
      text += String(value);
    } else return undefined;
  }
  return text;
}

/** Formats, or shows the English text (else the id) when the message cannot be formatted. */
function format(message: MessageDescriptor, values: Record<string, unknown> | undefined): unknown {
  const plain = catalogue[message.id];
  if (typeof plain === 'string') return plain;
  const quick = plain && formatPlain(plain, values);
  if (quick !== undefined) return quick;
  const formatter = formatterFor(message);
  if (formatter) {
    try {
      return formatter.format(values as Record<string, string>);
    } catch (error) {
      console.warn(`Message ${message.id} cannot be formatted: ${(error as Error).message}`);
    }
  }
  return message.defaultMessage ?? message.id;
}

/** A message in the current language as plain text (screens, live regions, CSV headers, errors). */
export function t(message: MessageDescriptor, values?: Values): string {
  const text = format(message, values);
  return Array.isArray(text) ? text.join('') : String(text);
}

type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** A message with markup such as `<b>…</b>` in it, rendered as React nodes. */
export function tRich(message: MessageDescriptor, values: RichValues): ReactNode {
  return format(message, values) as ReactNode;
}
