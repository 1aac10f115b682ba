import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
let eventId: string;
beforeAll(async () => {
  sandbox = await createTestSandbox({ rateLimit: { burst: 5000 } });
  ({ eventId } = await sandbox.publishedEvent());
});
afterAll(() => sandbox.close());

const redeem = (body: unknown) =>
  sandbox.call('POST', '/api/tickets/redeem', { token: sandbox.doorToken, body });

describe('bad input never gives a 500', () => {
  it.each([
    ['a missing token', () => ({ bookableEventId: eventId }), 'token', 'required'],
    ['an extra field', () => ({ bookableEventId: eventId, token: 'x', extra: 1 }), 'extra', 'Unknown field'],
    ['a token of the wrong type', () => ({ bookableEventId: eventId, token: 42 }), 'token', 'string'],
    [
      'override as a string',
      () => ({ bookableEventId: eventId, token: 'x', override: 'true' }),
      'override',
      'boolean',
    ],
    ['a non-UUID event id', () => ({ bookableEventId: 'event-1', token: 'x' }), 'bookableEventId', 'UUID'],
    [
      'a 10 kB token',
      () => ({ bookableEventId: eventId, token: 'x'.repeat(10_240) }),
      'token',
      'at most 512',
    ],
    ['an empty token', () => ({ bookableEventId: eventId, token: '' }), 'token', 'not be empty'],
    ['an array body', () => [], 'body', 'JSON object'],
  ])('answers 400 with a field message for %s', async (_name, body, field, words) => {
    const result = await redeem(body());
    expect(result.status).toBe(400);
    expect(result.headers['content-type']).toContain('application/problem+json');
    expect(result.body.errors[field].join(' ')).toContain(words);
  });

  it.each([
    ['control characters', '\u0000\u0007\u001b[31m\r\n'],
    ['unicode', '🎟️ kaartje – ünïcødé 票'],
    ['SQL meta-characters', "' OR 1=1; DROP TABLE tickets; --"],
    ['LIKE wildcards', '%_%'],
  ])('treats a token with %s as an unknown ticket', async (_name, token) => {
    const result = await redeem({ bookableEventId: eventId, token });
    expect(result.status).toBe(200);
    expect(result.body.outcome).toBe('NotFound');
  });

  it('answers 400 for malformed JSON and an empty body', async () => {
    const malformed = await sandbox.call('POST', '/api/tickets/redeem', {
      token: sandbox.doorToken,
      payload: '{"token": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.body[0]).toContain('not valid JSON');
    const empty = await sandbox.call('POST', '/api/tickets/redeem', {
      token: sandbox.doorToken,
      payload: '',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.body[0]).toContain('JSON object');
  });

  it('answers 415 for a wrong content type and 413 for a huge body', async () => {
    const wrongType = await sandbox.call('POST', '/api/events', {
      payload: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.detail).toContain('application/json');
    const text = await sandbox.call('POST', '/api/events', {
      payload: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const huge = await sandbox.call('POST', '/api/events', {
      body: { ...eventFields(), description: 'x'.repeat(200_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toContain('too large');
  });

  it('answers 400 for bad paging and filters with the parameter named', async () => {
    const result = await sandbox.call('GET', '/api/events?page=0&pageSize=1000000&status=Open');
    expect(result.status).toBe(400);
    expect(result.body.errors).toMatchObject({
      page: ['Must be at least 1.'],
      pageSize: ['Must be at most 200.'],
      status: ['Must be one of: Draft, Published, Cancelled.'],
    });
    const orders = await sandbox.call('GET', `/api/events/${eventId}/ticket-orders?pageSize=abc`);
    expect(orders.body.errors.pageSize[0]).toBe('Must be a whole number.');
  });

  it('answers 400 for a non-UUID id in the path', async () => {
    const result = await sandbox.call('GET', '/api/events/not-a-uuid');
    expect(result.status).toBe(400);
    expect(result.body.errors.eventId[0]).toContain('UUID');
  });

  it('answers a JSON 404 problem for an unknown API route', async () => {
    const result = await sandbox.call('GET', '/api/nothing/here');
    expect(result.status).toBe(404);
    expect(result.body.detail).toContain('/api/nothing/here');
  });

  it('checks create-event bodies field by field', async () => {
    const result = await sandbox.call('POST', '/api/events', {
      body: { name: '', startsAt: 'tomorrow', endsAt: 5, capacity: -1, surprise: true },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.errors).sort()).toEqual([
      'capacity',
      'endsAt',
      'name',
      'startsAt',
      'surprise',
    ]);
    expect(result.body.errors.startsAt[0]).toContain('RFC 3339');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a token has used its burst', async () => {
    const limited = await createTestSandbox({ rateLimit: { burst: 3, refillPerSecond: 0.5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.call('GET', '/api/tenant')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await limited.call('GET', '/api/tenant');
      expect(refused.headers['retry-after']).toBe('2');
      expect(refused.body.detail).toContain('retry in 2 s');
      expect((await limited.call('GET', '/api/tenant', { token: limited.doorToken })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
