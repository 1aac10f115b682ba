/**
 * Ticket orders: the paged, searchable list (one query for the page's orders, one for all their
 * tickets), cancellation and the resend outbox.
 */
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { conflict, notFound } from '../problems.ts';
import { fromMinor } from './money.ts';

type OrderDto = Schemas['PublicTicketOrderDto'];
type TicketDto = Schemas['PublicTicketOrderTicketDto'];

interface OrderRow {
  id: string;
  orderNumber: string;
  eventId: string;
  customerName: string;
  customerEmail: string;
  status: OrderDto['status'];
  totalMinor: number;
  createdAt: string;
  cancelledAt: string | null;
  cancellationReason: string | null;
}

type TicketRow = TicketDto & { orderId: string };

export interface OrderListQuery {
  page: number;
  pageSize: number;
  search?: string;
  status?: OrderDto['status'];
  ticketTypeId?: string;
  sort?: Schemas['PublicTicketOrderSort'];
}

// Fixed texts chosen by an enum, never by the caller's string: the seq breaks ties so pages never overlap.
const ORDER_BY: Record<Schemas['PublicTicketOrderSort'], string> = {
  newest: 'o.created_at DESC, o.seq DESC',
  oldest: 'o.created_at ASC, o.seq ASC',
  name: 'o.customer_name COLLATE NOCASE ASC, o.seq ASC',
};

const ORDER_COLUMNS = `o.id, o.order_number AS orderNumber, o.event_id AS eventId, o.customer_name AS customerName,
  o.customer_email AS customerEmail, o.status, o.total_minor AS totalMinor, o.created_at AS createdAt,
  o.cancelled_at AS cancelledAt, o.cancellation_reason AS cancellationReason`;

const TICKET_COLUMNS = `t.order_id AS orderId, t.id, t.ticket_type_id AS ticketTypeId, tt.name AS ticketTypeName,
  t.holder_name AS holderName, t.status, t.redeemed_at AS redeemedAt, t.redeemed_at_door AS redeemedAtDoor,
  t.redeemed_by_user_id AS redeemedByUserId`;

function toOrderDto(row: OrderRow, tickets: TicketRow[], currency: string): OrderDto {
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    bookableEventId: row.eventId,
    customerName: row.customerName,
    customerEmail: row.customerEmail,
    status: row.status,
    total: fromMinor(row.totalMinor, currency),
    currency,
    createdAt: row.createdAt,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason,
    tickets: tickets.map(({ orderId: _orderId, ...ticket }) => ticket),
  };
}

export function createOrderService(db: Db) {
  const where = `o.event_id = @eventId AND (@status IS NULL OR o.status = @status)
    AND (@search IS NULL OR instr(o.search_text, @search) > 0)
    AND (@ticketTypeId IS NULL OR EXISTS
      (SELECT 1 FROM tickets ft WHERE ft.order_id = o.id AND ft.ticket_type_id = @ticketTypeId))`;
  const pageIn = (sort: Schemas['PublicTicketOrderSort']) =>
    db.prepare<object, OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders o WHERE ${where}
    ORDER BY ${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`);
  const pages = { newest: pageIn('newest'), oldest: pageIn('oldest'), name: pageIn('name') };
  const count = db.prepare<object, number>(`SELECT COUNT(*) FROM orders o WHERE ${where}`).pluck();
  const one = db.prepare<[string, string], OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.id = ? AND o.event_id = ?`,
  );
  // The page's order ids go in as one JSON array, so one statement serves any page size.
  const ticketsOf = db.prepare<[string], TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets t
    JOIN ticket_types tt ON tt.id = t.ticket_type_id
    WHERE t.order_id IN (SELECT value FROM json_each(?)) ORDER BY t.rowid`);
  const cancelOrder = db.prepare(
    `UPDATE orders SET status = 'Cancelled', cancelled_at = @now, cancellation_reason = @reason WHERE id = @id`,
  );
  const cancelTickets = db.prepare(`UPDATE tickets SET status = 'Cancelled' WHERE order_id = ?`);
  const liveTickets = db
    .prepare<[string], number>(`SELECT COUNT(*) FROM tickets WHERE order_id = ? AND status <> 'Cancelled'`)
    .pluck();
  const enqueue =
    db.prepare(`INSERT INTO outbox (kind, order_id, recipient_email, recipient_name, ticket_count, created_at)
    VALUES ('ResendQrCodes', @orderId, @email, @name, @count, @now)`);

  function withTickets(rows: OrderRow[], currency: string): OrderDto[] {
    const tickets = ticketsOf.all(JSON.stringify(rows.map((row) => row.id)));
    const byOrder = new Map<string, TicketRow[]>();
    for (const ticket of tickets)
      byOrder.set(ticket.orderId, [...(byOrder.get(ticket.orderId) ?? []), ticket]);
    return rows.map((row) => toOrderDto(row, byOrder.get(row.id) ?? [], currency));
  }

  function get(eventId: string, id: string): OrderRow {
    const row = one.get(id, eventId);
    if (!row) throw notFound(`Ticket order ${id} of event ${eventId}`);
    return row;
  }

  return {
    list(
      eventId: string,
      currency: string,
      query: OrderListQuery,
    ): { items: OrderDto[]; totalCount: number } {
      const params = {
        eventId,
        status: query.status ?? null,
        search: query.search?.trim() ? query.search.trim().toLowerCase() : null,
        ticketTypeId: query.ticketTypeId ?? null,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      };
      const page = pages[query.sort ?? 'newest'];
      return { items: withTickets(page.all(params), currency), totalCount: count.get(params) ?? 0 };
    },
    cancel(eventId: string, currency: string, id: string, reason: string): OrderDto {
      const row = get(eventId, id);
      if (row.status === 'Cancelled') throw conflict(`Order ${row.orderNumber} is already cancelled.`);
      db.transaction(() => {
        cancelOrder.run({ id, now: new Date().toISOString(), reason });
        cancelTickets.run(id);
      })();
      return withTickets([get(eventId, id)], currency)[0]!;
    },
    resend(eventId: string, id: string): Schemas['PublicTicketQrResendResultDto'] {
      const row = get(eventId, id);
      if (row.status === 'Cancelled')
        throw conflict(`Order ${row.orderNumber} is cancelled; its tickets are void.`);
      const ticketCount = liveTickets.get(id) ?? 0;
      const queuedAt = new Date().toISOString();
      enqueue.run({
        orderId: id,
        email: row.customerEmail,
        name: row.customerName,
        count: ticketCount,
        now: queuedAt,
      });
      return {
        orderId: id,
        recipientEmail: row.customerEmail,
        recipientName: row.customerName,
        ticketCount,
        queuedAt,
      };
    },
  };
}
