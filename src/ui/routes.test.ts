import { describe, expect, it } from 'vitest';
import { parseBackOfficeRoute, paths } from './routes';

describe('back-office routes', () => {
  it('opens the events list at /admin', () => {
    expect(parseBackOfficeRoute('/admin')).toEqual({ name: 'events' });
    expect(parseBackOfficeRoute('/admin/')).toEqual({ name: 'events' });
    expect(parseBackOfficeRoute('/admin/events')).toEqual({ name: 'events' });
  });

  it('reads each event tab', () => {
    expect(parseBackOfficeRoute('/admin/events/e1')).toEqual({
      name: 'event',
      eventId: 'e1',
      tab: 'details',
    });
    for (const tab of ['edit', 'ticket-types', 'orders', 'sales'] as const) {
      expect(parseBackOfficeRoute(paths.event('e1', tab))).toEqual({ name: 'event', eventId: 'e1', tab });
    }
  });

  it('knows the new-event form and the sales overview', () => {
    expect(parseBackOfficeRoute(paths.newEvent())).toEqual({ name: 'new-event' });
    expect(parseBackOfficeRoute(paths.salesOverview())).toEqual({ name: 'sales-overview' });
  });

  it('calls anything else not found', () => {
    expect(parseBackOfficeRoute('/admin/events/e1/nope')).toEqual({ name: 'not-found' });
    expect(parseBackOfficeRoute('/admin/events/e1/sales/extra')).toEqual({ name: 'not-found' });
    expect(parseBackOfficeRoute('/admin/users')).toEqual({ name: 'not-found' });
  });
});
