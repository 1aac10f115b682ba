import { useTenant } from '../../../features/connection/get-tenant';
import type { EventDetail } from '../../../features/events/get-event';
import { useUpdateEvent } from '../../../features/events/update-event';
import { Link, navigate } from '../../router';
import { paths } from '../routes';
import { EventForm } from './EventForm';
import { eventToValues } from './event-form-values';

/** Edit an event's fields; the whole form is sent, the server keeps what did not change. */
export function EditEventScreen({ event }: { event: EventDetail }) {
  const update = useUpdateEvent(event.id);
  const tenant = useTenant();
  if (event.status === 'Cancelled') {
    return (
      <section aria-labelledby="edit-event-title">
        <h2 id="edit-event-title">Edit event</h2>
        <p className="notice">This event is cancelled and can no longer be changed.</p>
        <Link href={paths.event(event.id)}>Back to the event</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="edit-event-title">
      <h2 id="edit-event-title">Edit event</h2>
      <EventForm
        initial={eventToValues(event)}
        tenantZone={tenant.data?.timeZone ?? event.timeZone}
        submitLabel="Save changes"
        pending={update.isPending}
        serverError={update.error}
        onSubmit={(body) => update.mutate(body, { onSuccess: () => navigate(paths.event(event.id)) })}
        cancelHref={paths.event(event.id)}
      />
    </section>
  );
}
