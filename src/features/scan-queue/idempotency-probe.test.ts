import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCaldasaClient } from '../../lib/api/api-client';
import { createFakeCaldasa } from './fake-caldasa.test-support';
import { probeIdempotency } from './idempotency-probe';

const clock = () => new Date('2030-05-01T19:00:00.000Z');
const client = () => createCaldasaClient('https://door.test/api', 'token');

afterEach(() => vi.unstubAllGlobals());

describe('the Idempotency-Key probe', () => {
  it('finds a server that stores keys', async () => {
    vi.stubGlobal('fetch', createFakeCaldasa({ validTokens: [], clock }).fetch);
    expect(await probeIdempotency(client(), 'event-1')).toBe('accepted');
  });

  it('finds a server that ignores the header', async () => {
    vi.stubGlobal('fetch', createFakeCaldasa({ validTokens: [], clock, honoursKeys: false }).fetch);
    expect(await probeIdempotency(client(), 'event-1')).toBe('ignored');
  });

  it('cannot tell when the request with the header never reaches the server (CORS or offline)', async () => {
    const fake = createFakeCaldasa({ validTokens: [], clock });
    fake.script.push({ kind: 'network' });
    vi.stubGlobal('fetch', fake.fetch);
    expect(await probeIdempotency(client(), 'event-1')).toBe('unclear');
  });

  it('touches no ticket: the probe token is unknown to the server', async () => {
    const fake = createFakeCaldasa({ validTokens: [], clock });
    vi.stubGlobal('fetch', fake.fetch);
    await probeIdempotency(client(), 'event-1');
    expect(fake.audit.map((row) => row.outcome)).toEqual(['NotFound']);
  });
});
