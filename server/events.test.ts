import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(() => sandbox.close());

const MISSING = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('events', () => {
  it('creates a draft with doors 30 minutes before the start and the tenant time zone', async () => {
    const { doorsOpenAt: _doors, ...fields } = eventFields();
    const created = await sandbox.call('POST', '/api/events', { body: { ...fields, name: '  Padded  ' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'Draft',
      timeZone: 'Europe/Amsterdam',
      name: 'Padded',
      ticketTypes: [],
    });
    expect(Date.parse(created.body.startsAt) - Date.parse(created.body.doorsOpenAt)).toBe(30 * 60_000);
  });

  it('reports each broken rule on its field', async () => {
    const fields = eventFields();
    const result = await sandbox.call('POST', '/api/events', {
      body: {
        ...fields,
        name: '   ',
        endsAt: fields.startsAt,
        doorsOpenAt: fields.endsAt,
        timeZone: 'Mars/Olympus',
      },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.errors).sort()).toEqual(['doorsOpenAt', 'endsAt', 'name', 'timeZone']);
    expect(result.body.errors.timeZone[0]).toContain('IANA');
  });

  it('gets, updates partially, publishes and cancels an event', async () => {
    const created = await sandbox.call('POST', '/api/events', { body: eventFields() });
    const id = created.body.id;
    expect((await sandbox.call('GET', `/api/events/${id}`, { token: sandbox.doorToken })).body.name).toBe(
      'Test Night',
    );
    const updated = await sandbox.call('PATCH', `/api/events/${id}`, {
      body: { description: 'Loud', capacity: 10 },
    });
    expect(updated.body).toMatchObject({ description: 'Loud', capacity: 10, name: 'Test Night' });

    const early = await sandbox.call('POST', `/api/events/${id}/publish`);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('ticket type');
    await sandbox.call('POST', `/api/events/${id}/ticket-types`, {
      body: { name: 'GA', price: 10, quantity: 10 },
    });
    const published = await sandbox.call('POST', `/api/events/${id}/publish`);
    expect(published.body).toMatchObject({ status: 'Published' });
    expect(published.body.publishedAt).not.toBeNull();
    expect((await sandbox.call('POST', `/api/events/${id}/publish`)).status).toBe(409);

    const cancelled = await sandbox.call('POST', `/api/events/${id}/cancel`);
    expect(cancelled.body.status).toBe('Cancelled');
    expect((await sandbox.call('POST', `/api/events/${id}/cancel`)).status).toBe(409);
    expect((await sandbox.call('PATCH', `/api/events/${id}`, { body: { name: 'Again' } })).status).toBe(409);
  });

  it('keeps capacity at or above the tickets sold', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    await sandbox.buy(eventId, ticketTypeId, 3);
    const result = await sandbox.call('PATCH', `/api/events/${eventId}`, { body: { capacity: 2 } });
    expect(result.status).toBe(400);
    expect(result.body.errors.capacity[0]).toContain('3 tickets already sold');
  });

  it('lists upcoming events first, with paging, status filter and name search', async () => {
    await sandbox.call('POST', '/api/events', { body: { ...eventFields(-100), name: 'Past gig' } });
    await sandbox.call('POST', '/api/events', { body: { ...eventFields(48), name: 'Findable Fest' } });
    const all = await sandbox.call('GET', '/api/events?pageSize=200', { token: sandbox.doorToken });
    const names: string[] = all.body.items.map((e: { name: string }) => e.name);
    expect(names.at(-1)).toBe('Past gig');
    const found = await sandbox.call('GET', '/api/events?search=FINDABLE');
    expect(found.body.items.map((e: { name: string }) => e.name)).toEqual(['Findable Fest']);
    const drafts = await sandbox.call('GET', '/api/events?status=Draft&page=1&pageSize=1');
    expect(drafts.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(drafts.body.items).toHaveLength(1);
    expect(drafts.body.totalCount).toBeGreaterThan(1);
  });

  it('answers 404 for an unknown event on every event route', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['POST', '/publish'],
      ['POST', '/cancel'],
      ['GET', '/ticket-types'],
      ['GET', '/sales-report'],
      ['GET', '/ticket-orders'],
    ] as const) {
      expect((await sandbox.call(method, `/api/events/${MISSING}${path}`)).status).toBe(404);
    }
    expect((await sandbox.call('PATCH', `/api/events/${MISSING}`, { body: { name: 'x' } })).status).toBe(404);
  });
});

describe('authentication and roles', () => {
  it('answers 401 without a token and with an unknown one', async () => {
    const none = await sandbox.call('GET', '/api/tenant', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.detail).toContain('Bearer');
    expect((await sandbox.call('GET', '/api/tenant', { token: 'not-a-token' })).status).toBe(401);
    const malformed = await sandbox.call('GET', '/api/tenant', {
      token: null,
      headers: { authorization: 'Basic abc' },
    });
    expect(malformed.status).toBe(401);
  });

  it('tells the door token it can only scan on admin routes', async () => {
    const { eventId } = await sandbox.publishedEvent();
    const door = { token: sandbox.doorToken };
    for (const [method, url, body] of [
      ['POST', '/api/events', eventFields()],
      ['PATCH', `/api/events/${eventId}`, { name: 'x' }],
      ['POST', `/api/events/${eventId}/cancel`, undefined],
      ['POST', `/api/events/${eventId}/ticket-types`, { name: 'x', price: 1, quantity: 1 }],
      ['GET', `/api/events/${eventId}/sales-report`, undefined],
      ['GET', `/api/events/${eventId}/ticket-orders`, undefined],
      ['POST', '/api/_sandbox/tokens', { role: 'Admin', displayName: 'Sneaky' }],
    ] as const) {
      const result = await sandbox.call(method, url, { ...door, body });
      expect(result.status, `${method} ${url}`).toBe(403);
      expect(result.body.detail).toContain('Door tokens can only scan');
    }
  });

  it('tells who the token belongs to', async () => {
    const tenant = await sandbox.call('GET', '/api/tenant');
    expect(tenant.body).toMatchObject({ name: 'Test Venue', currency: 'EUR', doorsOpenGraceMinutes: 30 });
    expect(tenant.body.currentUser).toMatchObject({ role: 'Admin', displayName: 'Ada Admin' });
  });
});
