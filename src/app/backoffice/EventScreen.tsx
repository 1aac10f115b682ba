import { useTenant } from '../../features/connection/get-tenant';
import { useEvent, type EventDetail } from '../../features/events/get-event';
import { EditEventScreen } from '../../features/events/EditEventScreen';
import { EventDetails } from '../../features/events/EventDetails';
import { EventLayout } from '../../features/events/EventLayout';
import { EventStatusActions } from '../../features/events/EventStatusActions';
import { BulkCancelPanel } from '../../features/orders/BulkCancelPanel';
import { CancelRemainingOrders } from '../../features/orders/CancelRemainingOrders';
import { useTicketOrders } from '../../features/orders/list-ticket-orders';
import { OrdersScreen } from '../../features/orders/OrdersScreen';
import { SalesScreen } from '../../features/sales/SalesScreen';
import { useTicketTypes } from '../../features/ticket-types/list-ticket-types';
import { TicketTypesScreen } from '../../features/ticket-types/TicketTypesScreen';
import { QueryError } from '../../ui/QueryError';
import type { EventTab } from '../../ui/routes';
import { CancelEventDialog } from './CancelEventDialog';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  what: { id: 'bo.eventScreen.what', defaultMessage: 'the event' },
  loading: { id: 'bo.eventScreen.loading', defaultMessage: 'Loading the event…' },
});

/** The details tab: the event's facts with what its orders add (their count, cancelling them with it). */
function DetailsTab({ event }: { event: EventDetail }) {
  const paid = useTicketOrders(event.id, { search: '', status: 'Paid', page: 1 });
  const paidOrders = paid.data?.totalCount;
  const actions = (
    <>
      <EventStatusActions
        event={event}
        cancelDialog={(open, onClose) => (
          <CancelEventDialog event={event} open={open} paidOrders={paidOrders ?? 0} onClose={onClose} />
        )}
      />
      {event.status === 'Cancelled' && (
        <CancelRemainingOrders eventId={event.id} paidOrders={paidOrders ?? 0} />
      )}
    </>
  );
  return (
    <EventDetails event={event} paidOrders={paidOrders} actions={actions}>
      <BulkCancelPanel eventId={event.id} />
    </EventDetails>
  );
}

/** The orders tab, with the event's ticket types for its filter. */
function OrdersTab({ event }: { event: EventDetail }) {
  const ticketTypes = useTicketTypes(event.id);
  return <OrdersScreen event={event} ticketTypes={ticketTypes.data ?? []} />;
}

/** One event: loads it once, then shows the chosen tab inside the event's own navigation. */
export function EventScreen({ eventId, tab }: { eventId: string; tab: EventTab }) {
  const event = useEvent(eventId);
  const tenant = useTenant();
  if (event.isError)
    return <QueryError error={event.error} what={t(messages.what)} onRetry={() => void event.refetch()} />;
  if (!event.data) return <p className="loading">{t(messages.loading)}</p>;

  const data = event.data;
  return (
    <EventLayout event={data} tab={tab}>
      {tab === 'details' && <DetailsTab event={data} />}
      {tab === 'edit' && <EditEventScreen event={data} tenantZone={tenant.data?.timeZone} />}
      {tab === 'ticket-types' && <TicketTypesScreen event={data} tenantCurrency={tenant.data?.currency} />}
      {tab === 'orders' && <OrdersTab event={data} />}
      {tab === 'sales' && <SalesScreen event={data} />}
    </EventLayout>
  );
}
