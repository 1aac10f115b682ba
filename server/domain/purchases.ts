/**
 * Simulated purchases (sandbox only): an order with N tickets, each with a random URL-safe token that a
 * QR code carries. The answer is the only place the token appears: the database keeps its SHA-256. Stock is checked and written in one immediate transaction, so two purchases can
 * never oversell a ticket type or the event.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { SandboxSchemas } from '../api-types.ts';
import { randomToken, sha256 } from '../auth.ts';
import { conflict, notFound } from '../problems.ts';
import { createEventFinder } from './event-rows.ts';
import { createTicketTypeReader } from './ticket-type-rows.ts';

type PurchaseRequest = SandboxSchemas['SandboxPurchaseRequest'];
type PurchaseResult = SandboxSchemas['SandboxPurchaseResult'];

export function createPurchaseService(db: Db) {
  const findEvent = createEventFinder(db);
  const ticketTypes = createTicketTypeReader(db);
  const nextSeq = db.prepare<[], number>('SELECT COALESCE(MAX(seq), 0) + 1 FROM orders').pluck();
  const insertOrder =
    db.prepare(`INSERT INTO orders (seq, id, event_id, order_number, customer_name, customer_email,
      search_text, status, total_minor, created_at)
    VALUES (@seq, @id, @eventId, @orderNumber, @customerName, @customerEmail, @searchText, 'Paid', @totalMinor, @createdAt)`);
  const insertTicket =
    db.prepare(`INSERT INTO tickets (id, order_id, event_id, ticket_type_id, token_hash, holder_name, price_minor, status)
    VALUES (@id, @orderId, @eventId, @ticketTypeId, @tokenHash, @holderName, @priceMinor, 'Valid')`);

  function checkStock(tenantId: string, request: PurchaseRequest) {
    const event = findEvent(tenantId, request.eventId);
    if (!event) throw notFound(`Event ${request.eventId}`);
    const type = ticketTypes.find(event.id, request.ticketTypeId);
    if (!type) throw notFound(`Ticket type ${request.ticketTypeId} of event ${event.id}`);
    if (event.status !== 'Published')
      throw conflict(`This event is ${event.status}, so its tickets are off-sale.`);
    if (type.quantity - type.sold < request.quantity) {
      throw conflict(
        `Sold out: ${Math.max(0, type.quantity - type.sold)} "${type.name}" tickets left, ${request.quantity} asked.`,
      );
    }
    if (event.capacity - event.ticketsSold < request.quantity) {
      throw conflict(
        `Sold out: the event has ${Math.max(0, event.capacity - event.ticketsSold)} places left, ${request.quantity} asked.`,
      );
    }
    return type;
  }

  /** Buys tickets; `createdAt` lets the seed spread orders over past days. */
  function purchase(
    tenantId: string,
    request: PurchaseRequest,
    createdAt = new Date().toISOString(),
  ): PurchaseResult {
    return db
      .transaction(() => {
        const type = checkStock(tenantId, request);
        const seq = nextSeq.get() ?? 1;
        const orderId = randomUUID();
        const orderNumber = `CD-${100000 + seq}`;
        const searchText = `${request.customerName}\n${request.customerEmail}\n${orderNumber}`.toLowerCase();
        const order = { seq, id: orderId, eventId: request.eventId, orderNumber, searchText, createdAt };
        insertOrder.run({ ...order, ...request, totalMinor: type.priceMinor * request.quantity });
        const tickets = Array.from({ length: request.quantity }, () => {
          const ticket = { id: randomUUID(), token: randomToken(16), holderName: request.customerName };
          const row = {
            id: ticket.id,
            tokenHash: sha256(ticket.token),
            holderName: ticket.holderName,
            orderId,
            eventId: request.eventId,
            ticketTypeId: type.id,
            priceMinor: type.priceMinor,
          };
          insertTicket.run(row);
          return {
            ticketId: ticket.id,
            token: ticket.token,
            holderName: ticket.holderName,
            ticketTypeName: type.name,
          };
        });
        return { orderId, orderNumber, tickets };
      })
      .immediate();
  }

  return { purchase };
}
