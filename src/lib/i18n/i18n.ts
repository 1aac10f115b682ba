/**
 * The only wrapper of FormatJS (@formatjs/intl, the core of react-intl without its React components). Messages are written in code as `defineMessages` with explicit
 * ids and their English text, so English needs no download; `npm run i18n:extract` collects them into
 * src/locales/en.json for translators, and `npm run i18n:compile` turns each translated catalogue into a
 * pre-parsed file that is loaded on demand (one small chunk per language).
 */
import {
  createIntl,
  createIntlCache,
  defineMessages,
  type IntlShape,
  type MessageDescriptor,
} from '@formatjs/intl';
import type { ReactNode } from 'react';
import {
  appLanguage,
  appLocale,
  PSEUDO_LANGUAGE,
  setAppLanguage,
  type AppLanguage,
  type LoadableLanguage,
} from '../app-locale';

export { defineMessages };
export type { MessageDescriptor };

type Catalogue = IntlShape<ReactNode>['messages'];

// One chunk per language, fetched only when that language is chosen; the pseudo-locale is built from English.
const catalogues: Record<LoadableLanguage, () => Promise<Catalogue>> = {
  en: () => import('../../locales/compiled/en.json').then((m) => m.default as Catalogue),
  nl: () => import('../../locales/compiled/nl.json').then((m) => m.default as Catalogue),
  de: () => import('../../locales/compiled/de.json').then((m) => m.default as Catalogue),
  fr: () => import('../../locales/compiled/fr.json').then((m) => m.default as Catalogue),
  es: () => import('../../locales/compiled/es.json').then((m) => m.default as Catalogue),
  [PSEUDO_LANGUAGE]: () => import('../../locales/compiled/en-XA.json').then((m) => m.default as Catalogue),
};

const cache = createIntlCache();

function build(messages: Catalogue): IntlShape<ReactNode> {
  return createIntl<ReactNode>(
    {
      locale: appLocale(),
      defaultLocale: 'en-GB',
      messages,
      // English is the messages' own text, so a missing English message is the normal case, not an error.
      onError: (error) => {
        if (error.code === 'MISSING_TRANSLATION' && appLanguage() === 'en') return;
        console.warn(error.message);
      },
    },
    cache,
  );
}

let intl = build({});

async function fetchCatalogue(language: LoadableLanguage): Promise<[LoadableLanguage, Catalogue]> {
  try {
    return [language, await catalogues[language]()];
  } catch {
    // A catalogue that cannot load (offline before it was ever cached): the app still works, in English.
    return language === 'en' ? ['en', {}] : fetchCatalogue('en');
  }
}

/** Loads a language's pre-parsed messages (a small precached chunk) and makes it the app's language. */
export async function loadLanguage(wanted: LoadableLanguage | AppLanguage): Promise<void> {
  const [language, messages] = await fetchCatalogue(wanted);
  setAppLanguage(language);
  intl = build(messages);
}

type Values = Record<string, string | number | Date | null | undefined>;

/** A message in the current language as plain text (screens, live regions, CSV headers, errors). */
export function t(message: MessageDescriptor, values?: Values): string {
  return intl.formatMessage(message, values as Record<string, string | number>);
}

type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** A message with markup such as `<b>…</b>` in it, rendered as React nodes. */
export function tRich(message: MessageDescriptor, values: RichValues): ReactNode {
  return intl.formatMessage(message, values as Record<string, ReactNode>);
}
