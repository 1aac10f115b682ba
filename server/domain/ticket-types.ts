/** Ticket types of an event: create, partial update, delete (only while none was ever sold). */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { conflict, FieldErrorCollector, notFound } from '../problems.ts';
import type { EventRow } from './event-rows.ts';
import { minorDigits, toMinor } from './money.ts';
import { createTicketTypeReader, type TicketTypeRow } from './ticket-type-rows.ts';

type CreateBody = Schemas['CreatePublicTicketTypeRequest'];
type UpdateBody = Schemas['UpdatePublicTicketTypeRequest'];

function priceInMinor(price: number, currency: string, problems: FieldErrorCollector): number {
  const minor = toMinor(price, currency);
  if (minor === null)
    problems.add('price', `Must have at most ${minorDigits(currency)} decimals for ${currency}.`);
  return minor ?? 0;
}

function refuseIfCancelled(event: EventRow): void {
  if (event.status === 'Cancelled')
    throw conflict('This event is cancelled; its ticket types can no longer change.');
}

export function createTicketTypeService(db: Db) {
  const reader = createTicketTypeReader(db);
  const insert =
    db.prepare(`INSERT INTO ticket_types (id, event_id, name, description, price_minor, quantity, created_at)
    VALUES (@id, @eventId, @name, @description, @priceMinor, @quantity, @now)`);
  const update = db.prepare(`UPDATE ticket_types SET name = @name, description = @description,
    price_minor = @priceMinor, quantity = @quantity WHERE id = @id`);
  const remove = db.prepare('DELETE FROM ticket_types WHERE id = ?');

  function get(eventId: string, id: string): TicketTypeRow {
    const row = reader.find(eventId, id);
    if (!row) throw notFound(`Ticket type ${id} of event ${eventId}`);
    return row;
  }

  return {
    get,
    list: reader.forEvent,
    create(event: EventRow, currency: string, body: CreateBody): TicketTypeRow {
      refuseIfCancelled(event);
      const problems = new FieldErrorCollector();
      if (body.name.trim() === '') problems.add('name', 'Must not be blank.');
      const priceMinor = priceInMinor(body.price, currency, problems);
      problems.throwIfAny();
      const id = randomUUID();
      const row = { id, eventId: event.id, name: body.name.trim(), description: body.description ?? null };
      insert.run({ ...row, priceMinor, quantity: body.quantity, now: new Date().toISOString() });
      return get(event.id, id);
    },
    update(event: EventRow, currency: string, id: string, body: UpdateBody): TicketTypeRow {
      refuseIfCancelled(event);
      const row = get(event.id, id);
      const problems = new FieldErrorCollector();
      const name = body.name !== undefined ? body.name.trim() : row.name;
      if (name === '') problems.add('name', 'Must not be blank.');
      const priceMinor =
        body.price !== undefined ? priceInMinor(body.price, currency, problems) : row.priceMinor;
      const quantity = body.quantity ?? row.quantity;
      if (quantity < row.sold)
        problems.add('quantity', `Must not be below the ${row.sold} tickets already sold.`);
      problems.throwIfAny();
      const description = body.description !== undefined ? body.description : row.description;
      update.run({ id, name, description, priceMinor, quantity });
      return get(event.id, id);
    },
    delete(event: EventRow, id: string): void {
      const row = get(event.id, id);
      if (row.everSold > 0) {
        throw conflict(
          `${row.everSold} tickets of this type were sold; it cannot be deleted. Set its quantity to the number sold to stop sales.`,
        );
      }
      remove.run(id);
    },
  };
}
