import { describe, expect, it } from 'vitest';
import { parseTicketOrder, parseTicketOrderPage } from './parse-ticket-order';

/** A copy of the answer with one field left out, as a server that dropped it would send it. */
function without(answer: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...answer };
  delete copy[field];
  return copy;
}

const ticket = {
  id: 'k1',
  ticketTypeId: 't1',
  ticketTypeName: 'Early bird',
  holderName: 'Ada Lovelace',
  status: 'Redeemed',
  redeemedAt: '2030-06-01T18:05:00Z',
  redeemedAtDoor: 'North',
  redeemedByUserId: 'u1',
};

const order = {
  id: 'o1',
  orderNumber: 'CD-1001',
  bookableEventId: 'e1',
  customerName: 'Ada Lovelace',
  customerEmail: 'ada@example.com',
  status: 'Paid',
  total: 51,
  currency: 'EUR',
  createdAt: '2030-05-01T10:00:00Z',
  cancelledAt: null,
  cancellationReason: null,
  tickets: [ticket],
};

const page = (items: unknown[]) => ({ items, page: 1, pageSize: 25, totalCount: items.length });

describe('reading ticket orders from the API', () => {
  it('reads a good order with its tickets, ignoring fields it does not know', () => {
    expect(parseTicketOrder({ ...order, channel: 'web', tickets: [{ ...ticket, seat: 'A1' }] })).toEqual(
      order,
    );
  });

  it('keeps order and ticket statuses it does not know, as sent', () => {
    const read = parseTicketOrder({
      ...order,
      status: 'Refunded',
      tickets: [{ ...ticket, status: 'Transferred' }],
    });
    expect(read?.status).toBe('Refunded');
    expect(read?.tickets[0]?.status).toBe('Transferred');
  });

  it('reads a ticket that was never redeemed, with the redemption fields left out', () => {
    const { redeemedAt: _, redeemedAtDoor: __, redeemedByUserId: ___, ...unredeemed } = ticket;
    const read = parseTicketOrder({ ...order, tickets: [{ ...unredeemed, status: 'Valid' }] });
    expect(read?.tickets[0]).toMatchObject({ redeemedAt: null, redeemedAtDoor: null });
  });

  it('refuses an order without its number, its total or its tickets', () => {
    for (const field of ['orderNumber', 'total', 'tickets']) {
      expect(parseTicketOrder(without(order, field))).toBeNull();
    }
  });

  it('refuses wrongly typed fields, in the order or in one of its tickets', () => {
    expect(parseTicketOrder({ ...order, total: '51.00' })).toBeNull();
    expect(parseTicketOrder({ ...order, tickets: [{ ...ticket, holderName: 7 }] })).toBeNull();
  });

  it('reads a page of orders', () => {
    expect(parseTicketOrderPage(page([order]))?.items[0]?.orderNumber).toBe('CD-1001');
  });

  it('refuses the whole page when one order in it is unreadable', () => {
    expect(parseTicketOrderPage(page([order, { ...order, id: undefined }]))).toBeNull();
  });

  it('refuses a page without a total count', () => {
    expect(parseTicketOrderPage({ items: [order], page: 1, pageSize: 25 })).toBeNull();
  });
});
