/** Reading ticket types with their sales counts, as contract DTOs. */
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { fromMinor } from './money.ts';

export interface TicketTypeRow {
  id: string;
  eventId: string;
  name: string;
  description: string | null;
  priceMinor: number;
  quantity: number;
  sold: number;
  redeemed: number;
  everSold: number;
}

// Sold is every ticket ever sold minus the cancelled ones; each count is read from an index alone
// (migration 004). The event id in the last two lets them use the partial indexes keyed by event first.
const EVER_SOLD = `(SELECT COUNT(*) FROM tickets t WHERE t.ticket_type_id = tt.id)`;
const COLUMNS = `tt.id, tt.event_id AS eventId, tt.name, tt.description, tt.price_minor AS priceMinor, tt.quantity,
  ${EVER_SOLD} - (SELECT COUNT(*) FROM tickets t
    WHERE t.event_id = tt.event_id AND t.ticket_type_id = tt.id AND t.status = 'Cancelled') AS sold,
  (SELECT COUNT(*) FROM tickets t
    WHERE t.event_id = tt.event_id AND t.ticket_type_id = tt.id AND t.status = 'Redeemed') AS redeemed,
  ${EVER_SOLD} AS everSold`;

export function createTicketTypeReader(db: Db) {
  const forEvent = db.prepare<[string], TicketTypeRow>(
    `SELECT ${COLUMNS} FROM ticket_types tt WHERE tt.event_id = ? ORDER BY tt.created_at, tt.rowid`,
  );
  const one = db.prepare<[string, string], TicketTypeRow>(
    `SELECT ${COLUMNS} FROM ticket_types tt WHERE tt.id = ? AND tt.event_id = ?`,
  );
  return {
    forEvent: (eventId: string) => forEvent.all(eventId),
    find: (eventId: string, id: string) => one.get(id, eventId),
  };
}

export function toTicketTypeDto(row: TicketTypeRow, currency: string): Schemas['PublicTicketTypeDto'] {
  return {
    id: row.id,
    bookableEventId: row.eventId,
    name: row.name,
    description: row.description,
    price: fromMinor(row.priceMinor, currency),
    currency,
    quantity: row.quantity,
    sold: row.sold,
    remaining: Math.max(0, row.quantity - row.sold),
    redeemed: row.redeemed,
  };
}
