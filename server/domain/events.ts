/** Event lifecycle: create (Draft), partial update, publish, cancel, and the paged list. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { conflict, FieldErrorCollector, notFound } from '../problems.ts';
import { createEventFinder, EVENT_COLUMNS, type EventRow, type EventStatus } from './event-rows.ts';
import type { Tenant } from './tenant.ts';
import { instantAt, isTimeZone, parseInstant, type Instant } from './time.ts';

type CreateBody = Schemas['CreatePublicBookableEventRequest'];
type UpdateBody = Schemas['UpdatePublicBookableEventRequest'];

interface EventFields {
  name: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  doorsOpenAt: string;
  timeZone: string;
  capacity: number;
}

export interface EventListQuery {
  page: number;
  pageSize: number;
  status?: EventStatus;
  search?: string;
}

type TimeField = 'startsAt' | 'endsAt' | 'doorsOpenAt';
type EventTimes = Record<TimeField, Instant>;

/** Each time as stored (UTC `toISOString()` text); only called once every time is valid. */
function storedTimes(times: EventTimes): Record<TimeField, string> {
  const text = (instant: Instant) => (instant.ok ? instant.iso : '');
  return { startsAt: text(times.startsAt), endsAt: text(times.endsAt), doorsOpenAt: text(times.doorsOpenAt) };
}

/** The checks the schema cannot express, reported per field; times are compared as instants. */
function checkFields(fields: EventFields, times: EventTimes, ticketsSold: number): EventFields {
  const problems = new FieldErrorCollector();
  if (fields.name.trim() === '') problems.add('name', 'Must not be blank.');
  for (const field of ['startsAt', 'endsAt', 'doorsOpenAt'] as const) {
    const instant = times[field];
    if (!instant.ok) problems.add(field, instant.problem);
  }
  const { startsAt, endsAt, doorsOpenAt } = times;
  if (startsAt.ok && endsAt.ok && endsAt.ms <= startsAt.ms)
    problems.add('endsAt', `Must be after startsAt (${startsAt.iso}).`);
  if (startsAt.ok && doorsOpenAt.ok && doorsOpenAt.ms > startsAt.ms)
    problems.add('doorsOpenAt', `Must not be after startsAt (${startsAt.iso}).`);
  if (!isTimeZone(fields.timeZone))
    problems.add('timeZone', 'Must be an IANA time zone, for example Europe/Amsterdam.');
  if (fields.capacity < ticketsSold) {
    problems.add('capacity', `Must not be below the ${ticketsSold} tickets already sold.`);
  }
  problems.throwIfAny();
  return { ...fields, ...storedTimes(times) };
}

function fromCreate(body: CreateBody, tenant: Tenant): [EventFields, EventTimes] {
  const startsAt = parseInstant(body.startsAt);
  const defaultDoors = startsAt.ok ? instantAt(startsAt.ms - 30 * 60_000) : startsAt;
  const times = {
    startsAt,
    endsAt: parseInstant(body.endsAt),
    doorsOpenAt: body.doorsOpenAt ? parseInstant(body.doorsOpenAt) : defaultDoors,
  };
  const fields = {
    name: body.name.trim(),
    description: body.description ?? null,
    ...storedTimes(times),
    timeZone: body.timeZone ?? tenant.timeZone,
    capacity: body.capacity,
  };
  return [fields, times];
}

function fromUpdate(row: EventRow, body: UpdateBody): [EventFields, EventTimes] {
  const times = {
    startsAt: body.startsAt ? parseInstant(body.startsAt) : parseInstant(row.startsAt),
    endsAt: body.endsAt ? parseInstant(body.endsAt) : parseInstant(row.endsAt),
    doorsOpenAt: body.doorsOpenAt ? parseInstant(body.doorsOpenAt) : parseInstant(row.doorsOpenAt),
  };
  const fields = {
    name: body.name !== undefined ? body.name.trim() : row.name,
    description: body.description !== undefined ? body.description : row.description,
    ...storedTimes(times),
    timeZone: body.timeZone ?? row.timeZone,
    capacity: body.capacity ?? row.capacity,
  };
  return [fields, times];
}

export function createEventService(db: Db) {
  const find = createEventFinder(db);
  const insert = db.prepare(`INSERT INTO events (id, tenant_id, name, description, status, starts_at, ends_at,
      doors_open_at, time_zone, capacity, created_at, updated_at)
    VALUES (@id, @tenantId, @name, @description, 'Draft', @startsAt, @endsAt, @doorsOpenAt, @timeZone, @capacity, @now, @now)`);
  const update =
    db.prepare(`UPDATE events SET name = @name, description = @description, starts_at = @startsAt,
      ends_at = @endsAt, doors_open_at = @doorsOpenAt, time_zone = @timeZone, capacity = @capacity, updated_at = @now
    WHERE id = @id`);
  const setStatus = db.prepare(
    `UPDATE events SET status = @status, updated_at = @now,
       published_at = CASE WHEN @status = 'Published' THEN @now ELSE published_at END,
       cancelled_at = CASE WHEN @status = 'Cancelled' THEN @now ELSE cancelled_at END
     WHERE id = @id`,
  );
  const countTypes = db
    .prepare<[string], number>('SELECT COUNT(*) FROM ticket_types WHERE event_id = ?')
    .pluck();

  /** The event or a 404 problem. */
  function get(tenantId: string, id: string): EventRow {
    const row = find(tenantId, id);
    if (!row) throw notFound(`Event ${id}`);
    return row;
  }

  return {
    get,
    create(tenant: Tenant, body: CreateBody): EventRow {
      const fields = checkFields(...fromCreate(body, tenant), 0);
      const id = randomUUID();
      insert.run({ id, tenantId: tenant.id, ...fields, now: new Date().toISOString() });
      return get(tenant.id, id);
    },
    update(tenantId: string, id: string, body: UpdateBody): EventRow {
      const row = get(tenantId, id);
      if (row.status === 'Cancelled') throw conflict('This event is cancelled and can no longer be changed.');
      const fields = checkFields(...fromUpdate(row, body), row.ticketsSold);
      update.run({ id, ...fields, now: new Date().toISOString() });
      return get(tenantId, id);
    },
    publish(tenantId: string, id: string): EventRow {
      const row = get(tenantId, id);
      if (row.status !== 'Draft')
        throw conflict(`Only a Draft event can be published; this one is ${row.status}.`);
      if (countTypes.get(id) === 0)
        throw conflict('Add at least one ticket type before publishing this event.');
      setStatus.run({ id, status: 'Published', now: new Date().toISOString() });
      return get(tenantId, id);
    },
    cancel(tenantId: string, id: string): EventRow {
      const row = get(tenantId, id);
      if (row.status === 'Cancelled') throw conflict('This event is already cancelled.');
      setStatus.run({ id, status: 'Cancelled', now: new Date().toISOString() });
      return get(tenantId, id);
    },
    list: createEventLister(db),
  };
}

/** Paged list: upcoming (not yet ended) first by start, then past ones latest first. */
function createEventLister(db: Db) {
  const where = `e.tenant_id = @tenantId AND (@status IS NULL OR e.status = @status)
    AND (@search IS NULL OR instr(lower(e.name), @search) > 0)`;
  const page = db.prepare<object, EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${where}
    ORDER BY CASE WHEN e.ends_at >= @now THEN 0 ELSE 1 END,
      CASE WHEN e.ends_at >= @now THEN e.starts_at END ASC, e.starts_at DESC, e.id
    LIMIT @limit OFFSET @offset`);
  const count = db.prepare<object, number>(`SELECT COUNT(*) FROM events e WHERE ${where}`).pluck();
  return (tenantId: string, query: EventListQuery): { items: EventRow[]; totalCount: number } => {
    const params = {
      tenantId,
      status: query.status ?? null,
      search: query.search ? query.search.toLowerCase() : null,
      now: new Date().toISOString(),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    return { items: page.all(params), totalCount: count.get(params) ?? 0 };
  };
}
