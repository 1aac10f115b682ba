/** Reading events and turning rows into the contract's event DTOs. */
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';

export type EventStatus = Schemas['PublicBookableEventStatus'];

export interface EventRow {
  id: string;
  tenantId: string;
  name: string;
  description: string | null;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  doorsOpenAt: string;
  timeZone: string;
  capacity: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  ticketsSold: number;
  ticketsRedeemed: number;
}

/**
 * Columns of an event with its live ticket counts; `e` is the events alias. Sold is all minus cancelled:
 * each count reads an index a redeem leaves alone (migration 004), so none goes through ticket rows.
 */
export const EVENT_COLUMNS = `e.id, e.tenant_id AS tenantId, e.name, e.description, e.status,
  e.starts_at AS startsAt, e.ends_at AS endsAt, e.doors_open_at AS doorsOpenAt, e.time_zone AS timeZone,
  e.capacity, e.created_at AS createdAt, e.updated_at AS updatedAt, e.published_at AS publishedAt,
  e.cancelled_at AS cancelledAt,
  (SELECT COUNT(*) FROM tickets t WHERE t.event_id = e.id)
    - (SELECT COUNT(*) FROM tickets t WHERE t.event_id = e.id AND t.status = 'Cancelled') AS ticketsSold,
  (SELECT COUNT(*) FROM tickets t WHERE t.event_id = e.id AND t.status = 'Redeemed') AS ticketsRedeemed`;

/** Finds one event of a tenant, with its counts. */
export function createEventFinder(db: Db): (tenantId: string, id: string) => EventRow | undefined {
  const statement = db.prepare<[string, string], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ? AND e.tenant_id = ?`,
  );
  return (tenantId, id) => statement.get(id, tenantId);
}

/** The list-level DTO. */
export function toEventDto(row: EventRow): Schemas['PublicBookableEventDto'] {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    doorsOpenAt: row.doorsOpenAt,
    timeZone: row.timeZone,
    capacity: row.capacity,
    ticketsSold: row.ticketsSold,
    ticketsRedeemed: row.ticketsRedeemed,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The detail DTO, with the event's ticket types. */
export function toEventDetailDto(
  row: EventRow,
  ticketTypes: Schemas['PublicTicketTypeDto'][],
): Schemas['PublicBookableEventDetailDto'] {
  return { ...toEventDto(row), ticketTypes, publishedAt: row.publishedAt, cancelledAt: row.cancelledAt };
}
