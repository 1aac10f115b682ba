import { useCreateEvent } from '../../../features/events/create-event';
import { useTenant } from '../../../features/connection/get-tenant';
import { navigate } from '../../router';
import { paths } from '../routes';
import { EventForm } from './EventForm';
import { emptyEventValues } from './event-form-values';

/** A new Draft event; on success the event's page opens so ticket types can be added next. */
export function NewEventScreen() {
  const tenant = useTenant();
  const create = useCreateEvent();
  if (!tenant.data) return <p className="loading">Loading…</p>;
  return (
    <section aria-labelledby="new-event-title">
      <h1 id="new-event-title" tabIndex={-1}>
        New event
      </h1>
      <EventForm
        initial={emptyEventValues(tenant.data.timeZone)}
        tenantZone={tenant.data.timeZone}
        cancelHref={paths.events()}
        submitLabel="Create event"
        pending={create.isPending}
        serverError={create.error}
        onSubmit={(body) =>
          create.mutate(body, { onSuccess: (event) => navigate(paths.event(event.id, 'ticket-types')) })
        }
      />
    </section>
  );
}
