/**
 * The back office's own messages (ids starting "bo."), compiled per language into src/locales/compiled/bo
 * and loaded with the back office: door devices never download them, and the door's first paint does not
 * carry them. App.tsx waits for `backOfficeMessagesReady` before the back office draws its first screen.
 */
import { addMessageSet, type Catalogue, type CatalogueLoaders } from '../../lib/i18n';

const set = (load: () => Promise<{ default: unknown }>) => () => load().then((m) => m.default as Catalogue);

const loaders: CatalogueLoaders = {
  en: set(() => import('../../locales/compiled/bo/en.json')),
  nl: set(() => import('../../locales/compiled/bo/nl.json')),
  de: set(() => import('../../locales/compiled/bo/de.json')),
  fr: set(() => import('../../locales/compiled/bo/fr.json')),
  es: set(() => import('../../locales/compiled/bo/es.json')),
  'en-XA': set(() => import('../../locales/compiled/bo/en-XA.json')),
};

export const backOfficeMessagesReady: Promise<void> = addMessageSet(loaders);
