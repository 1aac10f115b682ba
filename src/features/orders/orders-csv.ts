/** The orders list as table rows for a CSV export: one row per ticket, so holders are not lost. */
import type { TicketOrder } from './list-ticket-orders';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  orderNumber: { id: 'bo.ordersCsv.orderNumber', defaultMessage: 'Order number' },
  orderStatus: { id: 'bo.ordersCsv.orderStatus', defaultMessage: 'Order status' },
  customerName: { id: 'bo.ordersCsv.customerName', defaultMessage: 'Customer name' },
  customerEmail: { id: 'bo.ordersCsv.customerEmail', defaultMessage: 'Customer email' },
  total: { id: 'bo.ordersCsv.total', defaultMessage: 'Order total' },
  currency: { id: 'bo.ordersCsv.currency', defaultMessage: 'Currency' },
  orderedAt: { id: 'bo.ordersCsv.orderedAt', defaultMessage: 'Ordered at (UTC)' },
  ticketId: { id: 'bo.ordersCsv.ticketId', defaultMessage: 'Ticket id' },
  ticketType: { id: 'bo.ordersCsv.ticketType', defaultMessage: 'Ticket type' },
  holder: { id: 'bo.ordersCsv.holder', defaultMessage: 'Holder' },
  ticketStatus: { id: 'bo.ordersCsv.ticketStatus', defaultMessage: 'Ticket status' },
  redeemedAt: { id: 'bo.ordersCsv.redeemedAt', defaultMessage: 'Redeemed at (UTC)' },
  redeemedAtDoor: { id: 'bo.ordersCsv.redeemedAtDoor', defaultMessage: 'Redeemed at door' },
});

const HEADER = [
  messages.orderNumber,
  messages.orderStatus,
  messages.customerName,
  messages.customerEmail,
  messages.total,
  messages.currency,
  messages.orderedAt,
  messages.ticketId,
  messages.ticketType,
  messages.holder,
  messages.ticketStatus,
  messages.redeemedAt,
  messages.redeemedAtDoor,
];

/** The header row in the language on screen; the cells stay as the API gives them (UTC, status codes). */
export function orderCsvHeader(): string[] {
  return HEADER.map((heading) => t(heading));
}

/** Rows of plain text; escaping is the CSV writer's job. */
export function orderCsvRows(orders: readonly TicketOrder[]): string[][] {
  const rows: string[][] = [orderCsvHeader()];

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
