import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
beforeAll(async () => {
  // The shipped failure limits (rate-limit.ts); the per-token limit is lifted so only failures count.
  sandbox = await createTestSandbox({ rateLimit: { burst: 100_000 } });
});
afterAll(() => sandbox.close());

const fromAddress = (remoteAddress: string, token: string | null, url = '/api/tenant') =>
  sandbox.app.inject({
    url,
    remoteAddress,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe('guessing is not free', () => {
  it('answers 429 with Retry-After after 100 failed sign-ins from one address, then one a second', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 300; i += 1)
      statuses.push((await fromAddress('203.0.113.7', `guess-${i}`)).statusCode);
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true);
    // The bucket refills one failure a second, so a slow run may see a few more 401s.
    const answered = statuses.filter((status) => status === 401).length;
    expect(answered).toBeGreaterThanOrEqual(100);
    expect(answered).toBeLessThan(110);
    expect(statuses.filter((status) => status === 429).length).toBe(300 - answered);
    const refused = await fromAddress('203.0.113.7', 'one-more-guess');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().detail).toContain('failed sign-ins from this address');
    // Another address is not affected.
    expect((await fromAddress('198.51.100.9', 'a-guess')).statusCode).toBe(401);
  });

  it('counts missing tokens as failed sign-ins too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 120; i += 1) statuses.push((await fromAddress('203.0.113.8', null)).statusCode);
    expect(statuses[0]).toBe(401);
    expect(statuses.at(-1)).toBe(429);
  });

  it('turns refusals into 429 after 30 admin calls with a door token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 800; i += 1)
      statuses.push((await fromAddress('127.0.0.1', sandbox.doorToken, '/api/_sandbox/audit')).statusCode);
    expect(statuses.slice(0, 30).every((status) => status === 403)).toBe(true);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(700);
    const refused = await fromAddress('127.0.0.1', sandbox.doorToken, '/api/events?pageSize=1');
    // Scanning operations stay open to the token: only refusals were limited.
    expect(refused.statusCode).toBe(200);
  });
});

describe('a venue behind one address', () => {
  it('lets 200 phones sign in while someone on the same address guesses', async () => {
    const phones = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        sandbox.call('POST', '/api/_sandbox/tokens', {
          body: { role: 'Door', displayName: `Phone ${i + 1}` },
        }),
      ),
    );
    const venue = '192.0.2.44';
    // Half the phones sign in before the guessing starts, half while the address is locked out.
    for (const phone of phones.slice(0, 100))
      expect((await fromAddress(venue, phone.body.token)).statusCode).toBe(200);
    for (let i = 0; i < 200; i += 1) await fromAddress(venue, `guess-${i}`);
    expect((await fromAddress(venue, 'guess-again')).statusCode).toBe(429);
    const signedIn = phones.slice(0, 100).map((phone) => fromAddress(venue, phone.body.token));
    expect((await Promise.all(signedIn)).every((answer) => answer.statusCode === 200)).toBe(true);
    const late = await fromAddress(venue, phones[150]!.body.token);
    expect(late.statusCode).toBe(429);
    expect(Number(late.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
