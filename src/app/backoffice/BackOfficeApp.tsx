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
import { defineMessages, t, tRich } from '../../lib/i18n';

const messages = defineMessages({
  notFound: { id: 'bo.app.notFound', defaultMessage: 'Not found' },
  noPage: {
    id: 'bo.app.noPage',
    defaultMessage: 'There is no back-office page here. <link>Go to the events</link>.',
  },
  pageTitle: { id: 'bo.app.pageTitle', defaultMessage: 'Back office · Caldasa Door' },
  heading: { id: 'bo.app.heading', defaultMessage: '{tenant} · Back office' },
  nav: { id: 'bo.app.nav', defaultMessage: 'Back office' },
  events: { id: 'bo.app.events', defaultMessage: 'Events' },
  sales: { id: 'bo.app.sales', defaultMessage: 'Sales' },
  scanner: { id: 'bo.app.scanner', defaultMessage: 'Scanner' },
});

export { backOfficeMessagesReady } from './messages';

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
          <h1 tabIndex={-1}>{t(messages.notFound)}</h1>
          <p>
            {tRich(messages.noPage, {
              link: (chunks) => (
                <Link key="events" href={paths.events()}>
                  {chunks}
                </Link>
              ),
            })}
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
    document.title = t(messages.pageTitle);
  }, []);
  const isDoor = tenant.data?.currentUser.role === 'Door';
  const section = route.name === 'sales-overview' ? 'sales' : 'events';
  return (
    <div className="backoffice">
      <header className="topbar bo-topbar">
        <strong>{t(messages.heading, { tenant: tenant.data?.name ?? 'Caldasa' })}</strong>
        <nav aria-label={t(messages.nav)}>
          {/* A door token cannot open either list: offering them would lead to the same refusal. */}
          {!isDoor && (
            <>
              <Link href={paths.events()} aria-current={section === 'events' ? 'page' : undefined}>
                {t(messages.events)}
              </Link>
              <Link href={paths.salesOverview()} aria-current={section === 'sales' ? 'page' : undefined}>
                {t(messages.sales)}
              </Link>
            </>
          )}
          <Link href="/">{t(messages.scanner)}</Link>
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
