import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(() => sandbox.close());

const MISSING = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

interface Ticket {
  status: string;
  ticketTypeId: string;
}
interface Order {
  id: string;
  status: string;
  total: number;
  tickets: Ticket[];
}

async function buyAs(eventId: string, ticketTypeId: string, quantity: number, name: string, email: string) {
  const body = { eventId, ticketTypeId, quantity, customerName: name, customerEmail: email };
  return (await sandbox.call('POST', '/api/_sandbox/purchases', { body })).body;
}

describe('ticket orders', () => {
  it('lists newest first with tickets, paging, status and case-insensitive search', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    const first = await buyAs(eventId, ticketTypeId, 2, 'Zoë van den Berg', 'zoe@example.org');
    const second = await buyAs(eventId, ticketTypeId, 1, 'Kwame Mensah', 'kwame@example.net');
    const url = `/api/events/${eventId}/ticket-orders`;
    const page = await sandbox.call('GET', `${url}?page=1&pageSize=1`);
    expect(page.body).toMatchObject({ page: 1, pageSize: 1, totalCount: 2 });
    expect(page.body.items[0].id).toBe(second.orderId);
    expect((await sandbox.call('GET', `${url}?page=2&pageSize=1`)).body.items[0].tickets).toHaveLength(2);
    for (const search of ['ZOË', 'zoe@EXAMPLE', first.orderNumber.toLowerCase()]) {
      const found = await sandbox.call('GET', `${url}?search=${encodeURIComponent(search)}`);
      expect(
        found.body.items.map((o: Order) => o.id),
        search,
      ).toEqual([first.orderId]);
    }
    for (const meta of ['%', '_', "' OR 1=1 --"]) {
      const found = await sandbox.call('GET', `${url}?search=${encodeURIComponent(meta)}`);
      expect(found.status).toBe(200);
      expect(found.body.items).toHaveLength(0);
    }
    expect((await sandbox.call('GET', `${url}?status=Cancelled`)).body.totalCount).toBe(0);
  });

  it('cancels an order with a reason once, voiding its tickets', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    const order = await buyAs(eventId, ticketTypeId, 3, 'Olga Ivanova', 'olga@example.com');
    const url = `/api/events/${eventId}/ticket-orders/${order.orderId}/cancel`;
    const cancelled = await sandbox.call('POST', url, { body: { reason: 'Duplicate booking' } });
    expect(cancelled.body).toMatchObject({ status: 'Cancelled', cancellationReason: 'Duplicate booking' });
    expect(cancelled.body.tickets.every((t: Ticket) => t.status === 'Cancelled')).toBe(true);
    const again = await sandbox.call('POST', url, { body: { reason: 'Again' } });
    expect(again.status).toBe(409);
    const missing = `/api/events/${eventId}/ticket-orders/${MISSING}/cancel`;
    expect((await sandbox.call('POST', missing, { body: { reason: 'x' } })).status).toBe(404);
    expect((await sandbox.call('POST', url, { body: {} })).body.errors.reason[0]).toBe(
      'This field is required.',
    );
  });

  it('queues a resend of the QR codes in the outbox and says to whom', async () => {
    const { eventId, ticketTypeId } = await sandbox.publishedEvent();
    const order = await buyAs(eventId, ticketTypeId, 2, 'Priya Patel', 'priya@example.com');
    const url = `/api/events/${eventId}/ticket-orders/${order.orderId}/resend-qr-codes`;
    const result = await sandbox.call('POST', url);
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({
      recipientEmail: 'priya@example.com',
      recipientName: 'Priya Patel',
      ticketCount: 2,
    });
    const rows = sandbox.db
      .prepare('SELECT recipient_email FROM outbox WHERE order_id = ?')
      .pluck()
      .all(order.orderId);
    expect(rows).toEqual(['priya@example.com']);
    await sandbox.call('POST', `/api/events/${eventId}/ticket-orders/${order.orderId}/cancel`, {
      body: { reason: 'x' },
    });
    expect((await sandbox.call('POST', url)).status).toBe(409);
    expect(
      (await sandbox.call('POST', `/api/events/${eventId}/ticket-orders/${MISSING}/resend-qr-codes`)).status,
    ).toBe(404);
  });
});

describe('sales report', () => {
  it('agrees with the orders and with the redemptions in the audit log', async () => {
    const { eventId, ticketTypeId: ga } = await sandbox.publishedEvent({}, { price: 19.99, quantity: 100 });
    const vip = (
      await sandbox.call('POST', `/api/events/${eventId}/ticket-types`, {
        body: { name: 'VIP', price: 0.1, quantity: 30 },
      })
    ).body.id;
    const orders = [
      await buyAs(eventId, ga, 3, 'A', 'a@example.com'),
      await buyAs(eventId, vip, 7, 'B', 'b@example.com'),
      await buyAs(eventId, ga, 2, 'C', 'c@example.com'),
    ];
    await sandbox.call('POST', `/api/events/${eventId}/ticket-orders/${orders[2].orderId}/cancel`, {
      body: { reason: 'x' },
    });
    const tokens = [...orders[0].tickets, ...orders[1].tickets]
      .slice(0, 6)
      .map((t: { token: string }) => t.token);
    for (const token of [...tokens, tokens[0]]) {
      await sandbox.call('POST', '/api/tickets/redeem', {
        token: sandbox.doorToken,
        body: { bookableEventId: eventId, token },
      });
    }

    const report = (await sandbox.call('GET', `/api/events/${eventId}/sales-report`)).body;
    const listed: Order[] = (await sandbox.call('GET', `/api/events/${eventId}/ticket-orders?pageSize=200`))
      .body.items;
    const live = listed.flatMap((o) => o.tickets).filter((t) => t.status !== 'Cancelled');
    const audit = (await sandbox.call('GET', `/api/_sandbox/audit?eventId=${eventId}`)).body.items;

    expect(report.sold).toBe(live.length);
    expect(report.sold).toBe(10);
    expect(report.revenue).toBe(
      listed.filter((o) => o.status === 'Paid').reduce((sum, o) => sum + o.total, 0),
    );
    expect(report.revenue).toBe(60.67);
    expect(report.redeemed).toBe(audit.filter((a: { outcome: string }) => a.outcome === 'Redeemed').length);
    expect(report.redeemed).toBe(live.filter((t) => t.status === 'Redeemed').length);
    expect(report.capacity).toBe(130);
    expect(report.remaining).toBe(120);
    expect(report.tiers.map((t: { name: string; sold: number }) => [t.name, t.sold])).toEqual([
      ['GA', 3],
      ['VIP', 7],
    ]);
    expect(report.checkIns.at(-1).cumulative).toBe(6);
    for (const bucket of report.checkIns) expect(Date.parse(bucket.bucketStart) % 300_000).toBe(0);
  });

  it('has no check-in buckets before the first check-in', async () => {
    const { eventId } = await sandbox.publishedEvent();
    const report = (await sandbox.call('GET', `/api/events/${eventId}/sales-report`)).body;
    expect(report).toMatchObject({ sold: 0, revenue: 0, redeemed: 0, checkIns: [], bucketMinutes: 5 });
  });
});
