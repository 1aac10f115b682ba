import type { EventDetail } from './get-event';
import { useUpdateEvent } from './update-event';
import { Link, navigate } from '../../lib/router';
import { paths } from '../../ui/routes';
import { EventForm } from './EventForm';
import { eventToValues } from './event-form-values';

/** Edit an event's fields; the whole form is sent, the server keeps what did not change. */
export function EditEventScreen({
  event,
  tenantZone,
}: {
  event: EventDetail;
  /** The organisation's time zone (from the tenant, handed in by app/); the event's own until it loads. */
  tenantZone: string | undefined;
}) {
  const update = useUpdateEvent(event.id);
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
        tenantZone={tenantZone ?? event.timeZone}
        submitLabel="Save changes"
        pending={update.isPending}
        serverError={update.error}
        onSubmit={(body) => update.mutate(body, { onSuccess: () => navigate(paths.event(event.id)) })}
        cancelHref={paths.event(event.id)}
      />
    </section>
  );
}
