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

  it('keeps a scan the server could not verify as pending, and finds the earlier local scan', async () => {
    vi.stubGlobal('fetch', answering(503, { title: 'Down', status: 503 }));
    const { journal, facts } = fakeJournal();
    const first = await checkInScan(deps(journal), input);
    const second = await checkInScan(deps(journal), input);
    expect(second.verdict.kind).toBe('not-verified');
    expect(facts.get(second.scanId)).toMatchObject({ state: 'pending', lastError: 'Down' });
    expect(second.earlierLocalScan?.scanId).toBe(first.scanId);
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
