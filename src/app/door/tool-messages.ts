/**
 * The door tools' messages (the queue, readiness, settings and relay screens: ids starting queue.,
 * conflicts., ready., checks., cameraCheck., settings., relay., relayTables.), compiled per language into
 * src/locales/compiled/tools. They load with the first tool opened, not before the scanner's first paint;
 * they are precached like the tools themselves, so they open offline too.
 */
import { addMessageSet, type Catalogue, type CatalogueLoaders } from '../../lib/i18n';

const set = (load: () => Promise<{ default: unknown }>) => () => load().then((m) => m.default as Catalogue);

// Written out like the door's own table in lib/i18n (and the back office's): one template import for the
// folder would be shorter, but it adds the build's import-glob helper to the scanner's first load (0.3 KB
// gzip measured), since this module loads with the app.
const loaders: CatalogueLoaders = {
  en: set(() => import('../../locales/compiled/tools/en.json')),
  nl: set(() => import('../../locales/compiled/tools/nl.json')),
  de: set(() => import('../../locales/compiled/tools/de.json')),
  fr: set(() => import('../../locales/compiled/tools/fr.json')),
  es: set(() => import('../../locales/compiled/tools/es.json')),
  'en-XA': set(() => import('../../locales/compiled/tools/en-XA.json')),
};

let ready: Promise<void> | null = null;

/** Loads the set once (and again with every change of language, through lib/i18n). */
export function toolMessagesReady(): Promise<void> {
  ready ??= addMessageSet(loaders);
  return ready;
}
