/** The orders list as table rows for a CSV export: one row per ticket, so holders are not lost. */
import type { TicketOrder } from './list-ticket-orders';

export const ORDER_CSV_HEADER = [
  'Order number',
  'Order status',
  'Customer name',
  'Customer email',
  'Order total',
  'Currency',
  'Ordered at (UTC)',
  'Ticket id',
  'Ticket type',
  'Holder',
  'Ticket status',
  'Redeemed at (UTC)',
  'Redeemed at door',
];

/** Rows of plain text; escaping is the CSV writer's job. */
export function orderCsvRows(orders: readonly TicketOrder[]): string[][] {
  const rows: string[][] = [ORDER_CSV_HEADER];
  for (const order of orders) {
    const head = [
      order.orderNumber,
      order.status,
      order.customerName,
      order.customerEmail,
      String(order.total),
      order.currency,
      order.createdAt,
    ];
    if (order.tickets.length === 0) rows.push([...head, '', '', '', '', '', '']);
    for (const ticket of order.tickets) {
      rows.push([
        ...head,
        ticket.id,
        ticket.ticketTypeName,
        ticket.holderName,
        ticket.status,
        ticket.redeemedAt ?? '',
        ticket.redeemedAtDoor ?? '',
      ]);
    }
  }
  return rows;
}
