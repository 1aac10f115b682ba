import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCaldasaClient } from '../../lib/api/api-client';
import type { ScanFact } from '../../lib/scan-types';
import { checkInScan, type CheckInDeps } from './check-in-scan';
import type { ScanJournalPort } from './scan-journal-port';

function fakeJournal() {
  const facts = new Map<string, ScanFact>();
  const journal: ScanJournalPort = {
    addScan: async (fact) => void facts.set(fact.scanId, { ...fact }),
    updateScan: async (scanId, patch) => {
      const fact = facts.get(scanId);
      if (fact) facts.set(scanId, { ...fact, ...patch });
    },
    findScansByToken: async (eventId, token) =>
      [...facts.values()].filter((f) => f.eventId === eventId && f.token === token),
    removeScan: async (scanId) => void facts.delete(scanId),
  };
  return { journal, facts };
}

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const type = status === 200 ? 'application/json' : 'application/problem+json';
  return vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } }),
  );
}

let ids = 0;
function deps(journal: ScanJournalPort): CheckInDeps {
  return {
    client: createCaldasaClient('https://venue.example/api', 'door-token'),
    journal,
    now: () => new Date('2026-07-01T18:00:00Z'),
    newId: () => `scan-${++ids}`,
    sendIdempotencyKey: false,
    deviceName: 'Door device T3ST',
    serverWaitMs: () => 0,
  };
}

const input = {
  token: 'tok',
  eventId: 'e1',
  door: 'A',
  override: false,
  notes: null,
  source: 'camera',
} as const;

afterEach(() => vi.unstubAllGlobals());

describe('checkInScan', () => {
  it('admits and records the scan as done with the answer', async () => {
    vi.stubGlobal('fetch', answering(200, { outcome: 'Redeemed', holderName: 'Ada', message: null }));
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(deps(journal), input);
    expect(result.verdict).toMatchObject({ kind: 'admitted', answer: { holderName: 'Ada' } });
    expect(facts.get(result.scanId)).toMatchObject({ state: 'done', token: 'tok', door: 'A', attempts: 1 });
  });

  it('records a refusal as refused', async () => {
    vi.stubGlobal('fetch', answering(200, { outcome: 'WrongEvent', message: 'Other event' }));
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(deps(journal), input);
    expect(result.verdict.kind).toBe('refused');
    expect(facts.get(result.scanId)?.state).toBe('refused');
  });

  it('keeps a scan the server could not verify as pending', async () => {
    vi.stubGlobal('fetch', answering(503, { title: 'Down', status: 503 }));
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(deps(journal), input);
    expect(result.verdict.kind).toBe('not-verified');
    expect(facts.get(result.scanId)).toMatchObject({ state: 'pending', lastError: 'Down' });
  });

  it('stops a second unverified scan of one ticket on this device and does not queue it', async () => {
    vi.stubGlobal('fetch', answering(503, { title: 'Down', status: 503 }));
    const { journal, facts } = fakeJournal();
    const first = await checkInScan(deps(journal), input);
    const second = await checkInScan(
      { ...deps(journal), now: () => new Date('2026-07-01T18:02:00Z') },
      input,
    );
    expect(second.verdict).toEqual({
      kind: 'repeat-on-device',
      first: { scannedAt: first.scannedAt, door: 'A' },
    });
    expect([...facts.values()].map((fact) => [fact.scanId, fact.state])).toEqual([[first.scanId, 'pending']]);
  });

  it('does not call a scan a repeat when the earlier one was refused (doors not open)', async () => {
    vi.stubGlobal('fetch', answering(200, { outcome: 'DoorsNotOpen', message: null }));
    const { journal } = fakeJournal();
    await checkInScan(deps(journal), input);
    vi.stubGlobal('fetch', answering(503, { title: 'Down', status: 503 }));
    const later = await checkInScan(deps(journal), input);
    expect(later.verdict.kind).toBe('not-verified');
  });

  it('fixes the notes and key at the first attempt, so the queue resends the same body', async () => {
    const fetch = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(
      { ...deps(journal), sendIdempotencyKey: true },
      { ...input, notes: 'VIP' },
    );
    const request: unknown = fetch.mock.calls[0]?.at(0);
    const body: unknown = request instanceof Request ? await request.json() : null;
    const notes = 'VIP · Scanned 2026-07-01T18:00:00.000Z on Door device T3ST';
    expect(body).toMatchObject({ token: 'tok', notes });
    expect(facts.get(result.scanId)).toMatchObject({
      sentNotes: notes,
      idempotencyKey: result.scanId,
      keyFromFirstAttempt: true,
      attempts: 1,
    });
  });

  it('sends nothing while the server asked to wait, and queues the scan for after the wait', async () => {
    const fetch = answering(200, { outcome: 'Redeemed', message: null });
    vi.stubGlobal('fetch', fetch);
    const { journal, facts } = fakeJournal();
    const result = await checkInScan({ ...deps(journal), serverWaitMs: () => 1_500 }, input);
    expect(fetch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ verdict: { kind: 'not-verified' }, reachedServer: null });
    expect(facts.get(result.scanId)).toMatchObject({
      state: 'pending',
      attempts: 0,
      firstAttemptAt: null,
      nextAttemptAt: '2026-07-01T18:00:01.500Z',
    });
  });

  it('keeps the scan when the network is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(deps(journal), input);
    expect(result.verdict.kind).toBe('not-verified');
    expect(facts.get(result.scanId)?.state).toBe('pending');
  });

  it('keeps the scan as needs-auth on 401', async () => {
    vi.stubGlobal('fetch', answering(401, { title: 'Unauthorized', status: 401 }));
    const { journal, facts } = fakeJournal();
    const result = await checkInScan(deps(journal), input);
    expect(result.verdict.kind).toBe('needs-auth');
    expect(facts.get(result.scanId)?.state).toBe('needs-auth');
  });

  it('sends the scan id as Idempotency-Key to a server that honours it', async () => {
    const fetch = answering(200, { outcome: 'Redeemed', message: null });
    vi.stubGlobal('fetch', fetch);
    const { journal } = fakeJournal();
    const result = await checkInScan({ ...deps(journal), sendIdempotencyKey: true }, input);
    const request: unknown = fetch.mock.calls[0]?.at(0);
    expect(request instanceof Request && request.headers.get('Idempotency-Key')).toBe(result.scanId);
  });

  it('still gives a verdict when the journal is unavailable, and says so', async () => {
    vi.stubGlobal('fetch', answering(200, { outcome: 'Redeemed', message: null }));
    const { journal } = fakeJournal();
    const broken = { ...journal, addScan: async () => Promise.reject(new Error('Quota exceeded')) };
    const result = await checkInScan(deps(broken), input);
    expect(result).toMatchObject({ verdict: { kind: 'admitted' }, journalError: 'Quota exceeded' });
  });
});
