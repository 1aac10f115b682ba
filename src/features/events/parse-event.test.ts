import { describe, expect, it } from 'vitest';
import { parseEventDetail, parseEventList, parseEventSummary } from './parse-event';

/** A copy of the answer with one field left out, as a server that dropped it would send it. */
function without(answer: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...answer };
  delete copy[field];
  return copy;
}

const event = {
  id: 'e1',
  name: 'Harbour Jazz Night',
  description: null,
  status: 'Published',
  startsAt: '2030-06-01T18:00:00Z',
  endsAt: '2030-06-01T23:00:00Z',
  doorsOpenAt: '2030-06-01T17:30:00Z',
  timeZone: 'Europe/Amsterdam',
  capacity: 500,
  ticketsSold: 120,
  ticketsRedeemed: 10,
  createdAt: '2030-01-01T00:00:00Z',
  updatedAt: '2030-01-02T00:00:00Z',
};

const list = (items: unknown[]) => ({ items, page: 1, pageSize: 20, totalCount: items.length });

describe('reading events from the API', () => {
  it('reads a good event as it came', () => {
    expect(parseEventSummary(event)).toEqual(event);
  });

  it('ignores fields it does not know', () => {
    expect(parseEventSummary({ ...event, venue: { name: 'Pier 3' } })).toEqual(event);
  });

  it('keeps a status it does not know, as the server sent it', () => {
    expect(parseEventSummary({ ...event, status: 'Postponed' })?.status).toBe('Postponed');
  });

  it('reads a missing or odd description as none', () => {
    const { description: _, ...withoutDescription } = event;
    expect(parseEventSummary(withoutDescription)?.description).toBeNull();
    expect(parseEventSummary({ ...event, description: 7 })?.description).toBeNull();
  });

  it('refuses an event without an id, a name or a sold count', () => {
    for (const field of ['id', 'name', 'ticketsSold', 'status']) {
      expect(parseEventSummary(without(event, field))).toBeNull();
    }
  });

  it('refuses wrongly typed fields and answers that are not objects', () => {
    expect(parseEventSummary({ ...event, capacity: '500' })).toBeNull();
    expect(parseEventSummary({ ...event, id: 42 })).toBeNull();
    expect(parseEventSummary(null)).toBeNull();
    expect(parseEventSummary([event])).toBeNull();
  });

  it('reads a page of events', () => {
    expect(parseEventList(list([event, { ...event, id: 'e2' }]))?.items.map((e) => e.id)).toEqual([
      'e1',
      'e2',
    ]);
  });

  it('refuses the whole page when one event in it is unreadable', () => {
    expect(parseEventList(list([event, { ...event, name: undefined }]))).toBeNull();
  });

  it('refuses a page without its paging numbers', () => {
    expect(parseEventList({ items: [event] })).toBeNull();
  });

  it('reads an event detail and counts its ticket types', () => {
    const detail = parseEventDetail({
      ...event,
      ticketTypes: [{}, {}],
      publishedAt: null,
      cancelledAt: null,
    });
    expect(detail?.ticketTypes).toHaveLength(2);
    expect(detail?.publishedAt).toBeNull();
  });

  it('refuses an event detail without its ticket-type list', () => {
    expect(parseEventDetail(event)).toBeNull();
  });
});
