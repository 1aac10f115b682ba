import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
let eventId: string;
let ticketTypeId: string;
beforeAll(async () => {
  sandbox = await createTestSandbox({ rateLimit: { burst: 5000 } });
  ({ eventId, ticketTypeId } = await sandbox.publishedEvent());
});
afterAll(() => sandbox.close());

const createEvent = (fields: Record<string, unknown>) =>
  sandbox.call('POST', '/api/events', { body: { ...eventFields(), ...fields } });
const updateEvent = (fields: Record<string, unknown>) =>
  sandbox.call('PATCH', `/api/events/${eventId}`, { body: fields });

describe('event times', () => {
  it.each(['startsAt', 'endsAt', 'doorsOpenAt'])(
    'refuses a leap second in %s with a 400 on the field, on create and update',
    async (field) => {
      const created = await createEvent({ [field]: '2030-06-30T23:59:60Z' });
      expect(created.status).toBe(400);
      expect(created.body.errors[field][0]).toContain('Leap seconds');
      const updated = await updateEvent({ [field]: '2030-06-30T23:59:60Z' });
      expect(updated.status).toBe(400);
      expect(updated.body.errors[field][0]).toContain('Leap seconds');
    },
  );

  it('refuses times whose UTC year falls outside 0000-9999', async () => {
    const late = await createEvent({
      startsAt: '9999-12-31T23:30:00-01:00',
      endsAt: '9999-12-31T23:59:00-01:00',
      doorsOpenAt: '9999-12-31T23:00:00-01:00',
    });
    expect(late.status).toBe(400);
    expect(late.body.errors.startsAt[0]).toContain('years 0000 to 9999');
    const early = await updateEvent({ doorsOpenAt: '0000-01-01T00:00:00+01:00' });
    expect(early.status).toBe(400);
    expect(early.body.errors.doorsOpenAt[0]).toContain('years 0000 to 9999');
  });

  it('compares instants, not text: an event starting in year 10000 and ending in 2030 is refused', async () => {
    // As text, "+010000-01-01…" sorts before "2030-…", so a text comparison let this through.
    const result = await createEvent({
      startsAt: '9999-12-31T23:30:00-01:00',
      endsAt: '2030-06-01T20:00:00Z',
      doorsOpenAt: '2030-06-01T17:00:00Z',
    });
    expect(result.status).toBe(400);
    expect(result.body.errors.startsAt[0]).toContain('years 0000 to 9999');
  });

  it('stores valid times with offsets as RFC 3339 UTC', async () => {
    const result = await createEvent({
      startsAt: '2030-06-01T20:00:00+02:00',
      endsAt: '2030-06-01T23:00:00+02:00',
      doorsOpenAt: '2030-06-01T19:00:00+02:00',
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      startsAt: '2030-06-01T18:00:00.000Z',
      endsAt: '2030-06-01T21:00:00.000Z',
      doorsOpenAt: '2030-06-01T17:00:00.000Z',
    });
  });
});

describe('header constraints from the contract', () => {
  it.each([
    ['empty', '', 'Must not be empty.'],
    ['256 characters', 'k'.repeat(256), 'Must be at most 255 characters long.'],
    ['4,000 characters', 'k'.repeat(4000), 'Must be at most 255 characters long.'],
  ])('refuses an %s Idempotency-Key with a 400 naming the header', async (_name, key, message) => {
    const [token] = await sandbox.buy(eventId, ticketTypeId);
    const result = await sandbox.call('POST', '/api/tickets/redeem', {
      token: sandbox.doorToken,
      body: { bookableEventId: eventId, token },
      headers: { 'Idempotency-Key': key },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors['Idempotency-Key']).toEqual([message]);
  });

  it('accepts a key of 255 characters', async () => {
    const [token] = await sandbox.buy(eventId, ticketTypeId);
    const result = await sandbox.call('POST', '/api/tickets/redeem', {
      token: sandbox.doorToken,
      body: { bookableEventId: eventId, token },
      headers: { 'Idempotency-Key': 'k'.repeat(255) },
    });
    expect(result.status).toBe(200);
    expect(result.body.outcome).toBe('Redeemed');
  });
});

describe('ill-formed text', () => {
  it('refuses a lone surrogate with a 400 on the field and stores nothing', async () => {
    const before = await sandbox.call('GET', '/api/events?pageSize=200');
    const result = await sandbox.call('POST', '/api/events', {
      payload: JSON.stringify({ ...eventFields(), capacity: 10 }).replace(
        '"name":"Test Night"',
        '"name":"lone \\ud800 surrogate"',
      ),
    });
    expect(result.status).toBe(400);
    expect(result.body.errors.name[0]).toContain('lone UTF-16 surrogate');
    const after = await sandbox.call('GET', '/api/events?pageSize=200');
    expect(after.body.totalCount).toBe(before.body.totalCount);
  });

  it('names nested fields and keeps well-formed pairs such as emoji', async () => {
    const nested = await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
      payload: '{"name":"VIP \\ud83c\\udf9f","price":10,"quantity":5,"description":"\\udfff"}',
    });
    expect(nested.status).toBe(400);
    expect(Object.keys(nested.body.errors)).toEqual(['description']);
  });
});

describe('field names from the request', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty'])(
    'reports an unknown field named %s as a 400',
    async (field) => {
      const result = await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
        payload: `{"name":"GA","price":10,"quantity":5,"${field}":1}`,
      });
      expect(result.status).toBe(400);
      expect(result.body.errors[field][0]).toContain('Unknown field');
    },
  );

  it('refuses a __proto__ key as a 400 problem', async () => {
    const result = await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
      payload: '{"name":"GA","price":10,"quantity":5,"__proto__":{"admin":true}}',
    });
    expect(result.status).toBe(400);
    expect(result.headers['content-type']).toContain('application/problem+json');
  });
});
