/**
 * The scan journal: every scan this device made, as facts in IndexedDB (`scans` store). The scanner writes
 * each scan here before or while it asks the server; the sync queue takes the pending ones from here. A scan
 * is never only in memory.
 *
 * Each call is one short transaction; none is held across a network call. Every change is announced to
 * listeners in this tab and, through a BroadcastChannel, to other tabs, so every open tab shows the same
 * counts.
 */
import { openDoorDb, type ScansByStateTime } from './idb';
import { parsers, readSetting, writeSetting } from './local-settings';
import type { ScanFact, ScanState } from './scan-types';

export const SCAN_STATES: readonly ScanState[] = [
  'pending',
  'sending',
  'done',
  'relayed',
  'refused',
  'conflict',
  'needs-auth',
];
export type ScanCounts = Record<ScanState, number>;
export type ScanPatch = { scanId: string; patch: Partial<ScanFact> };

const CHANNEL = 'caldasa-door-scans';
const LAST_SYNC_KEY = 'scanQueue.lastSyncAt';
const DEVICE_NAME_KEY = 'deviceName';
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listeners.forEach((listener) => listener());
  // In Node (unit tests) an open channel would keep the process alive.
  if ('unref' in channel && typeof channel.unref === 'function') channel.unref();
  return channel;
}

function announce(): void {
  listeners.forEach((listener) => listener());
  ensureChannel()?.postMessage('changed');
}

/** Calls `listener` after any change to the journal, in this tab or another. Returns the unsubscribe. */
export function subscribeScans(listener: () => void): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Like `subscribeScans`, for screens that read the journal on a change: `listener` runs at most once per
 * `ms`, after the first change of a burst (a sync writes hundreds of changes a second; each read and
 * redraw would take the main thread from the sync).
 */
export function subscribeScansThrottled(listener: () => void, ms = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = subscribeScans(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      listener();
    }, ms);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Stores a new scan. */
export async function addScan(fact: ScanFact): Promise<void> {
  const db = await openDoorDb();
  await db.put('scans', fact);
  announce();
}

/** Merges `patch` into a stored scan; the scanId never changes. Undefined when there is no such scan. */
export async function updateScan(scanId: string, patch: Partial<ScanFact>): Promise<ScanFact | undefined> {
  const [updated] = await updateScans([{ scanId, patch }]);
  return updated;
}

/** Applies many patches in one transaction (the queue writes a whole batch of answers at once). */
export async function updateScans(patches: ScanPatch[]): Promise<Array<ScanFact | undefined>> {
  if (patches.length === 0) return [];
  const db = await openDoorDb();
  const tx = db.transaction('scans', 'readwrite');
  const updated = await Promise.all(
    patches.map(async ({ scanId, patch }) => {
      const current = await tx.store.get(scanId);
      if (!current) return undefined;
      const next: ScanFact = { ...current, ...patch, scanId };
      await tx.store.put(next);
      return next;
    }),
  );
  await tx.done;
  announce();
  return updated;
}

/** Removes a scan: only for a repeat on this device, which must not be queued as a second admission. */
export async function removeScan(scanId: string): Promise<void> {
  const db = await openDoorDb();
  await db.delete('scans', scanId);
  announce();
}

/** The stored scans with these ids, in one transaction (undefined where there is none). */
export async function getScans(scanIds: readonly string[]): Promise<Array<ScanFact | undefined>> {
  if (scanIds.length === 0) return [];
  const db = await openDoorDb();
  const tx = db.transaction('scans');
  const found = await Promise.all(scanIds.map((scanId) => tx.store.get(scanId)));
  await tx.done;
  return found;
}

export async function getScan(scanId: string): Promise<ScanFact | undefined> {
  const db = await openDoorDb();
  return db.get('scans', scanId);
}

/** Every scan of this token for this event on this device, oldest first: the offline duplicate guard. */
export async function findScansByToken(eventId: string, token: string): Promise<ScanFact[]> {
  const db = await openDoorDb();
  const found = await db.getAllFromIndex('scans', 'by-token', [eventId, token]);
  return found.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
}

/** Every scan on this device, oldest first. */
export async function listScans(): Promise<ScanFact[]> {
  const db = await openDoorDb();
  const all = await db.getAll('scans');
  return all.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
}

/** Every scan in one state, oldest first. */
export async function listByState(state: ScanState): Promise<ScanFact[]> {
  const db = await openDoorDb();
  const found = await db.getAllFromIndex('scans', 'by-state', state);
  return found.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
}

function isDue(fact: ScanFact, now: Date): boolean {
  return fact.nextAttemptAt === null || Date.parse(fact.nextAttemptAt) <= now.getTime();
}

/** Walks pending scans oldest first and stops at `limit`: a long queue is never read whole for a few. */
async function collectDue<Mode extends IDBTransactionMode>(
  index: ScansByStateTime<Mode>,
  now: Date,
  limit: number,
): Promise<ScanFact[]> {
  const due: ScanFact[] = [];
  let cursor = await index.openCursor(pendingRange());
  while (cursor && due.length < limit) {
    if (isDue(cursor.value, now)) due.push(cursor.value);
    cursor = await cursor.continue();
  }
  return due;
}

/** Up to `limit` pending scans whose next attempt time has come, oldest first. */
export async function listDue(now: Date, limit = Infinity): Promise<ScanFact[]> {
  const db = await openDoorDb();
  return collectDue(db.transaction('scans').store.index('by-state-time'), now, limit);
}

/**
 * Takes up to `limit` due pending scans and applies `toSending` to each, in one transaction, so a scan is
 * marked as being sent before its request starts. Returns the updated facts.
 */
export async function claimDue(
  now: Date,
  limit: number,
  toSending: (fact: ScanFact) => Partial<ScanFact>,
): Promise<ScanFact[]> {
  const db = await openDoorDb();
  const tx = db.transaction('scans', 'readwrite');
  const due = await collectDue(tx.store.index('by-state-time'), now, limit);
  const claimed = due.map((fact): ScanFact => ({ ...fact, ...toSending(fact), scanId: fact.scanId }));
  await Promise.all(claimed.map((fact) => tx.store.put(fact)));
  await tx.done;
  if (claimed.length > 0) announce();
  return claimed;
}

function pendingRange(): IDBKeyRange {
  return IDBKeyRange.bound(['pending', ''], ['pending', '\uffff']);
}

/** The oldest scan still pending, or undefined. */
export async function oldestPending(): Promise<ScanFact | undefined> {
  const db = await openDoorDb();
  const cursor = await db.transaction('scans').store.index('by-state-time').openCursor(pendingRange());
  return cursor?.value;
}

/** The `limit` most recent scans, newest first. */
export async function latestScans(limit: number): Promise<ScanFact[]> {
  const db = await openDoorDb();
  const found: ScanFact[] = [];
  let cursor = await db.transaction('scans').store.index('by-time').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

/** Applies `patch` to every scan in `state` that `matches`, in one transaction. Returns how many changed. */
export async function updateWhere(
  state: ScanState,
  matches: (fact: ScanFact) => boolean,
  patch: Partial<ScanFact>,
): Promise<number> {
  const db = await openDoorDb();
  const tx = db.transaction('scans', 'readwrite');
  const found = (await tx.store.index('by-state').getAll(state)).filter(matches);
  await Promise.all(found.map((fact) => tx.store.put({ ...fact, ...patch, scanId: fact.scanId })));
  await tx.done;
  if (found.length > 0) announce();
  return found.length;
}

/** How many scans are in each state. */
export async function countByState(): Promise<ScanCounts> {
  const db = await openDoorDb();
  const index = db.transaction('scans').store.index('by-state');
  const counts = await Promise.all(SCAN_STATES.map((state) => index.count(state)));
  const result = Object.fromEntries(SCAN_STATES.map((state, i) => [state, counts[i] ?? 0]));
  return { pending: 0, sending: 0, done: 0, relayed: 0, refused: 0, conflict: 0, 'needs-auth': 0, ...result };
}

/** Scans still waiting for the server (pending or in flight): the number that blocks an app update. */
export function waitingCount(counts: ScanCounts): number {
  return counts.pending + counts.sending + counts['needs-auth'];
}

/** When the queue last finished a sync with the server reachable (ISO 8601), or null. */
export function readLastSyncAt(): string | null {
  return readSetting(LAST_SYNC_KEY, parsers.string);
}

export function recordSyncSuccess(at: Date): void {
  writeSetting(LAST_SYNC_KEY, at.toISOString());
  announce();
}

/** This device's name, written into the notes of every synced scan; a short random one until staff set it. */
export function readDeviceName(): string {
  const stored = readSetting(DEVICE_NAME_KEY, parsers.string)?.trim();
  if (stored) return stored;
  const generated = `Door device ${crypto.randomUUID().slice(0, 4).toUpperCase()}`;
  writeSetting(DEVICE_NAME_KEY, generated);
  return generated;
}

export function writeDeviceName(name: string): void {
  writeSetting(DEVICE_NAME_KEY, name.trim().slice(0, 60));
}
