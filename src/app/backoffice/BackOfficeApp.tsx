import { useEffect, useRef } from 'react';
import { useTenant } from '../../features/connection/get-tenant';
import { Link, usePathname } from '../../lib/router';
import { EventScreen } from './EventScreen';
import { EventsScreen } from '../../features/events/EventsScreen';
import { NewEventScreen } from '../../features/events/NewEventScreen';
import { parseBackOfficeRoute, paths, type BackOfficeRoute } from '../../ui/routes';
import { SalesOverviewRoute } from './SalesOverviewRoute';
import { ChangeEffectsContext } from '../../ui/after-change';
import { DoorTokenScreen } from '../../ui/DoorTokenScreen';
import { useFocusHeadingOnPathChange } from '../../ui/use-focus-heading';
import { useChangeEffects } from './invalidation';
import { setBackOfficeQueryDefaults } from './query-defaults';
import { queryClient } from '../query-client';
import '../../ui/backoffice.css';

setBackOfficeQueryDefaults(queryClient);

function Screen({ route, tenantZone }: { route: BackOfficeRoute; tenantZone: string | undefined }) {
  switch (route.name) {
    case 'events':
      return <EventsScreen />;
    case 'new-event':
      return <NewEventScreen tenantZone={tenantZone} />;
    case 'event':
      return <EventScreen key={route.eventId} eventId={route.eventId} tab={route.tab} />;
    case 'sales-overview':
      return <SalesOverviewRoute />;
    default:
      return (
        <section>
          <h1 tabIndex={-1}>Not found</h1>
          <p>
            There is no back-office page here. <Link href={paths.events()}>Go to the events</Link>.
          </p>
        </section>
      );
  }
}

/** The back office: events, ticket types, orders and sales. Loaded on demand, never on door devices. */
export default function BackOfficeApp() {
  const pathname = usePathname();
  const route = parseBackOfficeRoute(pathname);
  const tenant = useTenant();
  const changeEffects = useChangeEffects();
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnPathChange(mainRef, pathname);
  useEffect(() => {
    document.title = 'Back office · Caldasa Door';
  }, []);
  const isDoor = tenant.data?.currentUser.role === 'Door';
  const section = route.name === 'sales-overview' ? 'sales' : 'events';
  return (
    <div className="backoffice">
      <header className="topbar bo-topbar">
        <strong>{tenant.data?.name ?? 'Caldasa'} · Back office</strong>
        <nav aria-label="Back office">
          {/* A door token cannot open either list: offering them would lead to the same refusal. */}
          {!isDoor && (
            <>
              <Link href={paths.events()} aria-current={section === 'events' ? 'page' : undefined}>
                Events
              </Link>
              <Link href={paths.salesOverview()} aria-current={section === 'sales' ? 'page' : undefined}>
                Sales
              </Link>
            </>
          )}
          <Link href="/">Scanner</Link>
        </nav>
      </header>
      <main className="bo-main" ref={mainRef}>
        <ChangeEffectsContext.Provider value={changeEffects}>
          {isDoor ? <DoorTokenScreen /> : <Screen route={route} tenantZone={tenant.data?.timeZone} />}
        </ChangeEffectsContext.Provider>
      </main>
    </div>
  );
}
