import type { EventDetail } from '../../../features/events/get-event';
import { useUpdateEvent } from '../../../features/events/update-event';
import { navigate } from '../../router';
import { paths } from '../routes';
import { EventForm } from './EventForm';
import { eventToValues } from './event-form-values';

/** Edit an event's fields; the whole form is sent, the server keeps what did not change. */
export function EditEventScreen({ event }: { event: EventDetail }) {
  const update = useUpdateEvent(event.id);
  if (event.status === 'Cancelled') {
    return <p className="notice">This event is cancelled and can no longer be changed.</p>;
  }
  return (
    <section aria-labelledby="edit-event-title">
      <h2 id="edit-event-title">Edit event</h2>
      <EventForm
        initial={eventToValues(event)}
        submitLabel="Save changes"
        pending={update.isPending}
        serverError={update.error}
        onSubmit={(body) => update.mutate(body, { onSuccess: () => navigate(paths.event(event.id)) })}
      />
    </section>
  );
}
