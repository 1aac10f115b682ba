import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(() => sandbox.close());

const MISSING = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('ticket types', () => {
  it('creates, lists, updates and deletes an unsold ticket type, with exact prices', async () => {
    const event = await sandbox.call('POST', '/api/events', { body: eventFields() });
    const base = `/api/events/${event.body.id}/ticket-types`;
    const created = await sandbox.call('POST', base, { body: { name: 'VIP', price: 79.99, quantity: 20 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      price: 79.99,
      currency: 'EUR',
      sold: 0,
      remaining: 20,
      redeemed: 0,
    });
    const listed = await sandbox.call('GET', base, { token: sandbox.doorToken });
    expect(listed.body.items).toHaveLength(1);
    const updated = await sandbox.call('PATCH', `${base}/${created.body.id}`, {
      body: { price: 0.1, quantity: 5 },
    });
    expect(updated.body).toMatchObject({ price: 0.1, quantity: 5, name: 'VIP' });
    expect((await sandbox.call('DELETE', `${base}/${created.body.id}`)).status).toBe(204);
    expect((await sandbox.call('DELETE', `${base}/${created.body.id}`)).status).toBe(404);
    expect((await sandbox.call('PATCH', `${base}/${MISSING}`, { body: { name: 'x' } })).status).toBe(404);
  });

  it('counts sold and redeemed per type and per event through redeems and a cancellation', async () => {
    const { eventId, ticketTypeId: ga } = await sandbox.publishedEvent({}, { quantity: 10 });
    const vip = (
      await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
        body: { name: 'VIP', price: 50, quantity: 5 },
      })
    ).body.id;
    const kept = await sandbox.buy(eventId, ga, 3);
    const purchase = await sandbox.call('POST', '/api/_sandbox/purchases', {
      body: { eventId, ticketTypeId: vip, quantity: 2, customerName: 'V', customerEmail: 'v@example.com' },
    });
    const vipTokens = purchase.body.tickets.map((t: { token: string }) => t.token);
    for (const token of [kept[0], kept[1], vipTokens[0]])
      await sandbox.call('POST', '/api/tickets/redeem', {
        token: sandbox.doorToken,
        body: { bookableEventId: eventId, token },
      });
    const counts = async () => {
      const types = (await sandbox.call('GET', `/api/events/${eventId}/ticket-types`)).body.items;
      const event = (await sandbox.call('GET', `/api/events/${eventId}`)).body;
      return {
        types: types.map((t: { name: string; sold: number; redeemed: number; remaining: number }) => [
          t.name,
          t.sold,
          t.redeemed,
          t.remaining,
        ]),
        event: [event.ticketsSold, event.ticketsRedeemed],
      };
    };
    expect(await counts()).toEqual({
      types: [
        ['GA', 3, 2, 7],
        ['VIP', 2, 1, 3],
      ],
      event: [5, 3],
    });
    await sandbox.call('POST', `/api/events/${eventId}/ticket-orders/${purchase.body.orderId}/cancel`, {
      body: { reason: 'Refund' },
    });
    expect(await counts()).toEqual({
      types: [
        ['GA', 3, 2, 7],
        ['VIP', 0, 0, 5],
      ],
      event: [3, 2],
    });
  });

  it('refuses a price with more decimals than the currency has', async () => {
    const event = await sandbox.call('POST', '/api/events', { body: eventFields() });
    const result = await sandbox.call('POST', `/api/events/${event.body.id}/ticket-types`, {
      body: { name: 'Odd', price: 1.005, quantity: 1 },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors.price[0]).toContain('2 decimals');
  });

  it('keeps the quantity at or above the number sold and refuses to delete a sold type', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    await sandbox.buy(eventId, ticketTypeId, 4);
    const url = `/api/events/${eventId}/ticket-types/${ticketTypeId}`;
    const shrink = await sandbox.call('PATCH', url, { body: { quantity: 3 } });
    expect(shrink.status).toBe(400);
    expect(shrink.body.errors.quantity[0]).toContain('4 tickets already sold');
    expect((await sandbox.call('PATCH', url, { body: { quantity: 4 } })).body.remaining).toBe(0);
    const removed = await sandbox.call('DELETE', url);
    expect(removed.status).toBe(409);
    expect(removed.body.detail).toContain('4 tickets');
  });

  it('refuses changes to the ticket types of a cancelled event', async () => {
    const { eventId } = await sandbox.publishedEvent();
    await sandbox.call('POST', `/api/events/${eventId}/cancel`);
    const result = await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
      body: { name: 'Late', price: 1, quantity: 1 },
    });
    expect(result.status).toBe(409);
  });
});

describe('simulated purchases', () => {
  it('refuses sold-out and off-sale purchases with 409 and unknown ids with 404', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent({}, { quantity: 2 });
    const buy = (quantity: number, ids = { eventId, ticketTypeId }) =>
      sandbox.call('POST', '/api/_sandbox/purchases', {
        body: { ...ids, quantity, customerName: 'Max', customerEmail: 'max@example.com' },
      });
    const order = await buy(2);
    expect(order.status).toBe(201);
    expect(order.body.orderNumber).toMatch(/^CD-\d+$/);
    expect(order.body.tickets[0].token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect((await buy(1)).status).toBe(409);
    expect((await buy(1, { eventId, ticketTypeId: MISSING })).status).toBe(404);
    const draft = await sandbox.call('POST', '/api/events', { body: eventFields() });
    const type = await sandbox.call('POST', `/api/events/${draft.body.id}/ticket-types`, {
      body: { name: 'GA', price: 1, quantity: 5 },
    });
    const offSale = await buy(1, { eventId: draft.body.id, ticketTypeId: type.body.id });
    expect(offSale.status).toBe(409);
    expect(offSale.body.detail).toContain('off-sale');
  });

  it('creates API tokens that work at once', async () => {
    const created = await sandbox.call('POST', '/api/_sandbox/tokens', {
      body: { role: 'Door', displayName: 'Gate 3' },
    });
    expect(created.status).toBe(201);
    const tenant = await sandbox.call('GET', '/api/tenant', { token: created.body.token });
    expect(tenant.body.currentUser).toMatchObject({
      displayName: 'Gate 3',
      role: 'Door',
      id: created.body.userId,
    });
  });
});
