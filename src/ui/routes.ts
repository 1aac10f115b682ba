/** The back office's paths, parsed in one place and built by one set of helpers, so links never drift. */

export type EventTab = 'details' | 'edit' | 'ticket-types' | 'orders' | 'sales';

export type BackOfficeRoute =
  | { name: 'events' }
  | { name: 'new-event' }
  | { name: 'event'; eventId: string; tab: EventTab }
  | { name: 'sales-overview' }
  | { name: 'not-found' };

const TABS: readonly EventTab[] = ['edit', 'ticket-types', 'orders', 'sales'];

function tabOf(segment: string | undefined): EventTab | null {
  if (segment === undefined) return 'details';
  return TABS.find((tab) => tab === segment) ?? null;
}

/** Which screen a path under /admin shows; unknown paths are `not-found`, never a crash. */
export function parseBackOfficeRoute(pathname: string): BackOfficeRoute {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments[0] !== 'admin') return { name: 'not-found' };
  const [, section, id, sub, ...rest] = segments;
  if (section === undefined || (section === 'events' && id === undefined)) return { name: 'events' };
  if (section === 'sales' && id === undefined) return { name: 'sales-overview' };
  if (section !== 'events' || id === undefined || rest.length > 0) return { name: 'not-found' };
  if (id === 'new' && sub === undefined) return { name: 'new-event' };
  const tab = tabOf(sub);
  return tab ? { name: 'event', eventId: id, tab } : { name: 'not-found' };
}

export const paths = {
  events: () => '/admin',
  newEvent: () => '/admin/events/new',
  salesOverview: () => '/admin/sales',
  event: (eventId: string, tab: EventTab = 'details') =>
    `/admin/events/${encodeURIComponent(eventId)}${tab === 'details' ? '' : `/${tab}`}`,
};
