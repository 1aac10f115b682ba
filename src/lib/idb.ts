/**
 * The only wrapper of IndexedDB (through idb). One database, `caldasa-door`:
 * - `scans`: every scan fact, keyed by scanId, indexed by [eventId, token] (the duplicate guard) and by
 *   state (the queue);
 * - `kv`: small documents such as the persisted query cache.
 * Schema changes go through `upgrade` with a new version number; a scan store is never dropped.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPIndex } from 'idb';
import type { ScanFact, ScanState } from './scan-types';

export const DB_NAME = 'caldasa-door';
const DB_VERSION = 3;

interface DoorDb extends DBSchema {
  scans: {
    key: string;
    value: ScanFact;
    indexes: {
      'by-token': [string, string];
      'by-state': ScanState;
      /** The queue takes the oldest pending scans first, and the screens show the latest. */
      'by-state-time': [ScanState, string];
      'by-time': string;
    };
  };
  kv: { key: string; value: unknown };
}

export type DoorDatabase = IDBPDatabase<DoorDb>;
/** The scans' [state, scannedAt] index inside a transaction of either mode. */
export type ScansByStateTime<Mode extends IDBTransactionMode> = IDBPIndex<
  DoorDb,
  ['scans'],
  'scans',
  'by-state-time',
  Mode
>;

let opening: Promise<DoorDatabase> | null = null;

/** The open database, opened once per page (or worker) and shared. */
export function openDoorDb(): Promise<DoorDatabase> {
  opening ??= openDB<DoorDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const scans = db.createObjectStore('scans', { keyPath: 'scanId' });
        scans.createIndex('by-token', ['eventId', 'token']);
        scans.createIndex('by-state', 'state');
        db.createObjectStore('kv');
      }
      if (oldVersion < 2) {
        const scans = tx.objectStore('scans');
        scans.createIndex('by-state-time', ['state', 'scannedAt']);
        scans.createIndex('by-time', 'scannedAt');
      }
      if (oldVersion >= 1 && oldVersion < 3) {
        // Scans the venue relay accepted were once stored as done, which the queue showed as verified.
        void (async () => {
          let cursor = await tx.objectStore('scans').index('by-state').openCursor('done');
          while (cursor) {
            if (cursor.value.result?.outcome === 'AcceptedOffline')
              await cursor.update({ ...cursor.value, state: 'relayed' });
            cursor = await cursor.continue();
          }
        })();
      }
    },
    // Another tab opened a newer version: let it upgrade, this tab reopens on its next call.
    blocking() {
      void closeDoorDb();
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes the shared connection; the next call opens it again. Tests use it between cases. */
export async function closeDoorDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Reads a small document from the key-value store. */
export async function readKv(key: string): Promise<unknown> {
  const db = await openDoorDb();
  return db.get('kv', key);
}

/** Writes a small document to the key-value store; the value must be structured-cloneable. */
export async function writeKv(key: string, value: unknown): Promise<void> {
  const db = await openDoorDb();
  await db.put('kv', value, key);
}

/**
 * Asks the browser to keep this origin's storage under pressure (scans must survive). Returns whether it
 * is persisted, or null where the Storage API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** Whether storage is already persisted, without asking; null where the Storage API is missing. */
export async function isStoragePersisted(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return null;
  return storage.persisted().catch(() => false);
}
