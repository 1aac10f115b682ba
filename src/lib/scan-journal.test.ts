import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDoorDb, DB_NAME } from './idb';
import {
  addScan,
  claimDue,
  countByState,
  findScansByToken,
  getScan,
  listDue,
  subscribeScans,
  updateScan,
} from './scan-journal';
import type { ScanFact } from './scan-types';

function fact(overrides: Partial<ScanFact> = {}): ScanFact {
  return {
    scanId: crypto.randomUUID(),
    token: 'T-1',
    eventId: 'E-1',
    door: 'Door A',
    override: false,
    notes: null,
    scannedAt: '2030-01-01T19:00:00.000Z',
    attempts: 0,
    firstAttemptAt: null,
    nextAttemptAt: null,
    state: 'pending',
    result: null,
    lastError: null,
    reviewedAt: null,
    source: 'typed',
    ...overrides,
  };
}

afterEach(async () => {
  await closeDoorDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('scan journal', () => {
  it('keeps a scan and finds it again by id', async () => {
    const scan = fact();
    await addScan(scan);
    expect(await getScan(scan.scanId)).toEqual(scan);
  });

  it('finds every scan of a token for an event, oldest first (the local duplicate guard)', async () => {
    await addScan(fact({ scanId: 'b', scannedAt: '2030-01-01T19:05:00.000Z', state: 'done' }));
    await addScan(fact({ scanId: 'a', scannedAt: '2030-01-01T19:01:00.000Z' }));
    await addScan(fact({ scanId: 'c', token: 'T-2' }));
    await addScan(fact({ scanId: 'd', eventId: 'E-2' }));
    const found = await findScansByToken('E-1', 'T-1');
    expect(found.map((scan) => scan.scanId)).toEqual(['a', 'b']);
  });

  it('merges a patch and never changes the scan id', async () => {
    const scan = fact();
    await addScan(scan);
    const updated = await updateScan(scan.scanId, { state: 'done', scanId: 'other' });
    expect(updated).toMatchObject({ scanId: scan.scanId, state: 'done', token: 'T-1' });
    expect(await updateScan('missing', { state: 'done' })).toBeUndefined();
  });

  it('counts scans by state', async () => {
    await addScan(fact());
    await addScan(fact({ state: 'done' }));
    await addScan(fact({ state: 'conflict' }));
    expect(await countByState()).toMatchObject({ pending: 1, done: 1, conflict: 1, sending: 0 });
  });

  it('only hands out pending scans whose next attempt time has come', async () => {
    const now = new Date('2030-01-01T20:00:00.000Z');
    await addScan(fact({ scanId: 'due' }));
    await addScan(fact({ scanId: 'later', nextAttemptAt: '2030-01-01T20:00:30.000Z' }));
    await addScan(fact({ scanId: 'final', state: 'done' }));
    expect((await listDue(now)).map((scan) => scan.scanId)).toEqual(['due']);
    const claimed = await claimDue(now, 10, () => ({ state: 'sending' }));
    expect(claimed.map((scan) => scan.scanId)).toEqual(['due']);
    expect((await getScan('due'))?.state).toBe('sending');
    expect(await claimDue(now, 10, () => ({ state: 'sending' }))).toEqual([]);
  });

  it('tells listeners about every change', async () => {
    let calls = 0;
    const unsubscribe = subscribeScans(() => (calls += 1));
    const scan = fact();
    await addScan(scan);
    await updateScan(scan.scanId, { state: 'done' });
    unsubscribe();
    await addScan(fact());
    expect(calls).toBe(2);
  });
});
