import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(() => sandbox.close());

interface Order {
  customerName: string;
  tickets: Array<{ ticketTypeId: string }>;
}

async function buyAs(eventId: string, ticketTypeId: string, name: string) {
  const body = { eventId, ticketTypeId, quantity: 1, customerName: name, customerEmail: 'x@example.com' };
  return (await sandbox.call('POST', '/api/_sandbox/purchases', { body })).body;
}

describe('ticket orders: sorting and the ticket-type filter', () => {
  it('sorts newest first by default, oldest first, or by name without regard to case', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    for (const name of ['bea Smit', 'Adam Jones', 'Carla Diaz']) await buyAs(eventId, ticketTypeId, name);
    const names = async (query: string) =>
      (await sandbox.call('GET', `/api/events/${eventId}/ticket-orders${query}`)).body.items.map(
        (o: Order) => o.customerName,
      );
    expect(await names('')).toEqual(['Carla Diaz', 'Adam Jones', 'bea Smit']);
    expect(await names('?sort=newest')).toEqual(['Carla Diaz', 'Adam Jones', 'bea Smit']);
    expect(await names('?sort=oldest')).toEqual(['bea Smit', 'Adam Jones', 'Carla Diaz']);
    expect(await names('?sort=name')).toEqual(['Adam Jones', 'bea Smit', 'Carla Diaz']);
    expect(await names('?sort=name&page=2&pageSize=2')).toEqual(['Carla Diaz']);
  });

  it('keeps only orders holding a ticket of the chosen type, and refuses a bad sort or id', async () => {
    const { eventId, ticketTypeId: ga } = await sandbox.publishedEvent();
    const vip = (
      await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
        body: { name: 'VIP', price: 50, quantity: 10 },
      })
    ).body.id;
    await buyAs(eventId, ga, 'Standing');
    await buyAs(eventId, vip, 'Balcony');
    const url = `/api/events/${eventId}/ticket-orders`;
    const vipOnly = (await sandbox.call('GET', `${url}?ticketTypeId=${vip}`)).body;
    expect(vipOnly.totalCount).toBe(1);
    expect(vipOnly.items[0].customerName).toBe('Balcony');
    expect(vipOnly.items[0].tickets.every((t: { ticketTypeId: string }) => t.ticketTypeId === vip)).toBe(
      true,
    );
    const other = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    expect((await sandbox.call('GET', `${url}?ticketTypeId=${other}`)).body.totalCount).toBe(0);
    expect((await sandbox.call('GET', `${url}?sort=price`)).status).toBe(400);
    expect((await sandbox.call('GET', `${url}?ticketTypeId=vip`)).status).toBe(400);
  });
});
