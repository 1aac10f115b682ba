import { useEvent } from '../../../features/events/get-event';
import { OrdersScreen } from '../orders/OrdersScreen';
import type { EventTab } from '../routes';
import { SalesScreen } from '../sales/SalesScreen';
import { TicketTypesScreen } from '../ticket-types/TicketTypesScreen';
import { QueryError } from '../ui/QueryError';
import { EditEventScreen } from './EditEventScreen';
import { EventDetails } from './EventDetails';
import { EventLayout } from './EventLayout';

/** One event: loads it once, then shows the chosen tab inside the event's own navigation. */
export function EventScreen({ eventId, tab }: { eventId: string; tab: EventTab }) {
  const event = useEvent(eventId);
  if (event.isError)
    return <QueryError error={event.error} what="the event" onRetry={() => void event.refetch()} />;
  if (!event.data) return <p className="loading">Loading the event…</p>;
  const data = event.data;
  return (
    <EventLayout event={data} tab={tab}>
      {tab === 'details' && <EventDetails event={data} />}
      {tab === 'edit' && <EditEventScreen event={data} />}
      {tab === 'ticket-types' && <TicketTypesScreen event={data} />}
      {tab === 'orders' && <OrdersScreen event={data} />}
      {tab === 'sales' && <SalesScreen event={data} />}
    </EventLayout>
  );
}
