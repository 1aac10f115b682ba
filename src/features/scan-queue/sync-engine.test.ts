import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearServerWait, serverWaitRemaining } from '../../lib/api/server-wait';
import { closeDoorDb, DB_NAME } from '../../lib/idb';
import { addScan, countByState, getScan, listScans } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { createFakeCaldasa } from './fake-caldasa.test-support';
import { createQueueServer } from './queue-server';
import { createSyncEngine, type SyncEngineOptions } from './sync-engine';

let clock = new Date('2030-05-01T19:00:00.000Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const now = () => clock;
let fake: ReturnType<typeof createFakeCaldasa>;
const credentials = { baseUrl: 'https://door.test/api', token: 'door-token' };

function scan(token: string, overrides: Partial<ScanFact> = {}): ScanFact {
  return {
    scanId: `scan-${token}`,
    token,
    eventId: 'event-1',
    door: 'Door A',
    override: false,
    notes: null,
    scannedAt: '2030-05-01T18:55:00.000Z',
    attempts: 0,
    firstAttemptAt: null,
    nextAttemptAt: null,
    state: 'pending',
    result: null,
    lastError: null,
    reviewedAt: null,
    source: 'camera',
    ...overrides,
  };
}

function engine(overrides: Partial<SyncEngineOptions> = {}) {
  return createSyncEngine({
    server: () => createQueueServer(credentials, now),
    deviceName: () => 'Door device T3ST',
    onAuthRejected: vi.fn(),
    now,
    random: () => 0.5,
    setTimer: () => () => undefined,
    ...overrides,
  });
}

/** Makes the server honour Idempotency-Key or not, as the probe will find it. */
function withKeys(accepted: boolean) {
  localStorage.setItem(`caldasa-door:scanQueue.idempotency:${credentials.baseUrl}`, JSON.stringify(accepted));
}

beforeEach(() => {
  clearServerWait();
  clock = new Date('2030-05-01T19:00:00.000Z');
  fake = createFakeCaldasa({ validTokens: ['A', 'B', 'C', 'D'], clock: now });
  const store = new Map<string, string>();
  vi.stubGlobal('fetch', fake.fetch);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
  });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDoorDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('sending queued scans', () => {
  it('admits a pending scan and keeps its original scan time and device in the notes', async () => {
    withKeys(false);
    await addScan(scan('A'));
    const report = await engine().sync();
    expect(report).toMatchObject({ sent: 1, done: 1 });
    const stored = await getScan('scan-A');
    expect(stored).toMatchObject({ state: 'done', attempts: 1, firstAttemptAt: clock.toISOString() });
    expect(stored?.result?.holderName).toBe('Holder A');
    expect(fake.audit[0]?.notes).toBe('Scanned 2030-05-01T18:55:00.000Z on Door device T3ST');
  });

  it('sends the scan id as Idempotency-Key when the server honours it', async () => {
    await addScan(scan('A'));
    await engine().sync();
    const redeems = fake.audit.filter((row) => row.token === 'A');
    expect(redeems).toEqual([expect.objectContaining({ key: 'scan-A', outcome: 'Redeemed' })]);
    expect((await getScan('scan-A'))?.state).toBe('done');
  });

  it('keeps a refusal as final and does not send it again', async () => {
    withKeys(false);
    await addScan(scan('unknown-token'));
    await engine().sync();
    advance(120_000);
    await engine().sync();
    expect(await getScan('scan-unknown-token')).toMatchObject({ state: 'refused', attempts: 1 });
    expect(fake.audit).toHaveLength(1);
  });

  it('keeps a 400 as final, with the reason', async () => {
    withKeys(false);
    fake.script.push({ kind: 'status', status: 400 });
    await addScan(scan('A'));
    await engine().sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'refused', lastError: '400: Status 400' });
  });

  it('puts a ticket someone else redeemed first in the conflict list', async () => {
    withKeys(false);
    fake.redeemOutside('A', { at: '2030-05-01T18:58:00.000Z', door: 'Door B', userId: 'user-2' });
    await addScan(scan('A'));
    await engine().sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'conflict' });
    expect((await getScan('scan-A'))?.result?.previouslyRedeemedAtDoor).toBe('Door B');
  });
});

describe('transient failures', () => {
  it('keeps the scan pending after a network failure and sends it once the backoff has passed', async () => {
    withKeys(false);
    fake.script.push({ kind: 'network' });
    await addScan(scan('A'));
    const sync = engine();
    await sync.sync();
    // Full jitter with random() = 0.5 on the first attempt: 500 ms.
    expect(await getScan('scan-A')).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAt: '2030-05-01T19:00:00.500Z',
    });
    await sync.sync();
    expect((await getScan('scan-A'))?.attempts).toBe(1);
    advance(500);
    await sync.sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('waits after a 500 and succeeds on the next attempt', async () => {
    withKeys(false);
    fake.script.push({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    await addScan(scan('A'));
    const sync = engine();
    await sync.sync();
    advance(1_000);
    await sync.sync();
    expect(await getScan('scan-A')).toMatchObject({
      state: 'pending',
      attempts: 2,
      lastError: '503: Status 503',
    });
    advance(1_000);
    await sync.sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'done', attempts: 3 });
  });

  it('honours Retry-After on a 429 before sending again', async () => {
    withKeys(false);
    fake.script.push({ kind: 'status', status: 429, retryAfter: '30' });
    await addScan(scan('A'));
    const sync = engine();
    await sync.sync();
    expect((await getScan('scan-A'))?.nextAttemptAt).toBe('2030-05-01T19:00:30.000Z');
    advance(29_000);
    await sync.sync();
    expect((await getScan('scan-A'))?.state).toBe('pending');
    advance(1_000);
    await sync.sync();
    expect((await getScan('scan-A'))?.state).toBe('done');
  });

  it('sends no request at all, not even the session check, until a 429 of any request has passed', async () => {
    withKeys(false);
    const requests: string[] = [];
    vi.stubGlobal(
      'fetch',
      (input: Request) => (requests.push(new URL(input.url).pathname), fake.fetch(input)),
    );
    fake.script.push({ kind: 'status', status: 429, retryAfter: '30' });
    for (const token of ['A', 'B', 'C']) await addScan(scan(token));
    const sync = engine({ concurrency: 1, serverWaitMs: () => serverWaitRemaining() });
    await sync.sync();
    expect(requests.filter((path) => path.endsWith('/redeem'))).toHaveLength(1);
    // B and C were claimed with A but never started: back in the queue untouched, due after the wait.
    expect(await getScan('scan-B')).toMatchObject({ state: 'pending', attempts: 0, firstAttemptAt: null });
    expect(Date.parse((await getScan('scan-C'))!.nextAttemptAt!)).toBeGreaterThan(clock.getTime() + 29_000);
    requests.length = 0;
    advance(60_000);
    await sync.sync();
    expect(requests).toEqual([]);
    clearServerWait();
    await sync.sync();
    expect(await countByState()).toMatchObject({ done: 3, pending: 0 });
  });

  it('sends batch after batch, each scan once and in the order scanned', async () => {
    withKeys(true);
    const redeems: string[] = [];
    vi.stubGlobal('fetch', async (input: Request) => {
      if (input.url.endsWith('/redeem'))
        redeems.push(((await input.clone().json()) as { token: string }).token);
      return fake.fetch(input);
    });
    for (const token of ['A', 'B', 'C', 'D']) await addScan(scan(token));
    const report = await engine({ batchSize: 1, concurrency: 1 }).sync();
    expect(report).toMatchObject({ sent: 4, done: 4, retrying: 0 });
    expect(redeems).toEqual(['A', 'B', 'C', 'D']);
    expect((await listScans()).map((fact) => [fact.token, fact.state, fact.attempts])).toEqual([
      ['A', 'done', 1],
      ['B', 'done', 1],
      ['C', 'done', 1],
      ['D', 'done', 1],
    ]);
  });

  it('stops a run when the server is unreachable instead of trying every scan', async () => {
    withKeys(false);
    for (const token of ['A', 'B', 'C']) await addScan(scan(token));
    fake.script.push({ kind: 'network' }, { kind: 'network' }, { kind: 'network' });
    await engine({ batchSize: 2, concurrency: 2 }).sync();
    expect(await countByState()).toMatchObject({ pending: 3 });
    expect((await getScan('scan-C'))?.attempts).toBe(0);
  });
});

describe('sign-in rejected', () => {
  it('pauses the whole queue on a 401, keeps every scan, and resumes after signing in again', async () => {
    withKeys(false);
    const onAuthRejected = vi.fn();
    fake.script.push({ kind: 'status', status: 401 });
    for (const token of ['A', 'B', 'C']) await addScan(scan(token));
    const sync = engine({ onAuthRejected, batchSize: 1 });
    const report = await sync.sync();
    expect(report.paused).toBe(true);
    expect(onAuthRejected).toHaveBeenCalledOnce();
    expect(await countByState()).toMatchObject({ 'needs-auth': 1, pending: 2 });
    await sync.sync();
    expect(fake.audit).toHaveLength(0);
    await sync.resumeAfterSignIn();
    expect(await countByState()).toMatchObject({ done: 3, pending: 0, 'needs-auth': 0 });
  });

  it('pauses when the token is rejected before any scan is sent', async () => {
    withKeys(false);
    fake.setTenantStatus(401);
    const onAuthRejected = vi.fn();
    await addScan(scan('A'));
    await engine({ onAuthRejected }).sync();
    expect(onAuthRejected).toHaveBeenCalledOnce();
    expect((await getScan('scan-A'))?.state).toBe('pending');
  });
});

describe('lost answers and interrupted syncs', () => {
  it('counts a redeem whose answer was lost as admitted, without an idempotency key', async () => {
    withKeys(false);
    fake.script.push({ kind: 'lost' });
    await addScan(scan('A'));
    const sync = engine();
    await sync.sync();
    advance(2_000);
    await sync.sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'done' });
    expect((await getScan('scan-A'))?.result?.outcome).toBe('AlreadyRedeemed');
    expect(fake.redeemedCount('A')).toBe(1);
  });

  it('counts a redeem whose answer was lost as admitted, with the idempotency key replayed', async () => {
    withKeys(true);
    fake.script.push({ kind: 'lost' });
    await addScan(scan('A'));
    const sync = engine();
    await sync.sync();
    advance(2_000);
    await sync.sync();
    expect((await getScan('scan-A'))?.result?.outcome).toBe('Redeemed');
    expect(fake.audit.filter((row) => row.token === 'A')).toHaveLength(1);
  });

  it('loses nothing and redeems nothing twice when the page dies between request and journal update', async () => {
    withKeys(false);
    for (const token of ['A', 'B', 'C']) await addScan(scan(token));
    fake.script.push({ kind: 'hang-after-commit' });
    void engine({ batchSize: 3, concurrency: 3 }).sync();
    await vi.waitFor(async () => expect(fake.audit).toHaveLength(3));
    expect(await countByState()).toMatchObject({ sending: 3 });

    // A new page: the old one's requests timed out long ago.
    advance(11_000);
    await engine().sync();
    expect((await listScans()).map((fact) => fact.state)).toEqual(['done', 'done', 'done']);
    for (const token of ['A', 'B', 'C']) expect(fake.redeemedCount(token)).toBe(1);
  });

  it('leaves a scan another page is still sending alone', async () => {
    withKeys(false);
    await addScan(scan('A', { state: 'sending', attempts: 1, lastAttemptAt: '2030-05-01T18:59:55.000Z' }));
    await engine().sync();
    expect((await getScan('scan-A'))?.state).toBe('sending');
    advance(5_000);
    await engine().sync();
    expect((await getScan('scan-A'))?.state).toBe('done');
  });

  it('resends without the key when the server saw the key with another body', async () => {
    withKeys(true);
    await addScan(
      scan('A', { attempts: 1, firstAttemptAt: '2030-05-01T18:59:00.000Z', idempotencyKey: 'scan-A' }),
    );
    fake.script.push({ kind: 'status', status: 422 });
    const sync = engine();
    await sync.sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'done', idempotencyKey: null, attempts: 3 });
  });
});

describe('scans the scanner could not verify', () => {
  it('admits a scan whose online attempt committed but timed out, using the key from the queue on', async () => {
    withKeys(true);
    const tried = { attempts: 1, firstAttemptAt: clock.toISOString(), state: 'pending' as const };
    fake.redeemOutside('A', { at: '2030-05-01T19:00:00.100Z', door: 'Door A', userId: 'user-1' });
    await addScan(scan('A', tried));
    await engine().sync();
    expect(await getScan('scan-A')).toMatchObject({ state: 'done', idempotencyKey: 'scan-A' });
  });
});
