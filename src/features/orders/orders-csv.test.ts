import { describe, expect, it } from 'vitest';
import type { TicketOrder } from './list-ticket-orders';
import { orderCsvHeader, orderCsvRows } from './orders-csv';

const order: TicketOrder = {
  id: 'o1',
  orderNumber: 'ORD-1',
  bookableEventId: 'e1',
  customerName: 'Ada Lovelace',
  customerEmail: 'ada@example.com',
  status: 'Paid',
  total: 50,
  currency: 'EUR',
  createdAt: '2030-01-01T10:00:00.000Z',
  cancelledAt: null,
  cancellationReason: null,
  tickets: ['Ada', 'Charles'].map((holderName, index) => ({
    id: `t${index}`,
    ticketTypeId: 'tt1',
    ticketTypeName: 'GA',
    holderName,
    status: index === 0 ? 'Redeemed' : 'Valid',
    redeemedAt: index === 0 ? '2030-01-02T19:00:00.000Z' : null,
    redeemedAtDoor: index === 0 ? 'North' : null,
    redeemedByUserId: null,
  })),
};

describe('orders CSV rows', () => {
  it('writes a header and one row per ticket, repeating the order on each', () => {
    const rows = orderCsvRows([order]);
    expect(rows[0]).toEqual(orderCsvHeader());
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'ORD-1',
      'Paid',
      'Ada Lovelace',
      'ada@example.com',
      '50',
      'EUR',
      '2030-01-01T10:00:00.000Z',
      't0',
      'GA',
      'Ada',
      'Redeemed',
      '2030-01-02T19:00:00.000Z',
      'North',
    ]);
    expect(rows[2]?.slice(9)).toEqual(['Charles', 'Valid', '', '']);
  });

  it('keeps an order without tickets as one row', () => {
    expect(orderCsvRows([{ ...order, tickets: [] }])).toHaveLength(2);
  });
});
