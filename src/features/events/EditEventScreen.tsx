import type { EventDetail } from './get-event';
import { useUpdateEvent } from './update-event';
import { Link, navigate } from '../../lib/router';
import { paths } from '../../ui/routes';
import { EventForm } from './EventForm';
import { eventToValues } from './event-form-values';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.editEvent.title', defaultMessage: 'Edit event' },
  cancelled: {
    id: 'bo.editEvent.cancelled',
    defaultMessage: 'This event is cancelled and can no longer be changed.',
  },
  back: { id: 'bo.editEvent.back', defaultMessage: 'Back to the event' },
  save: { id: 'bo.editEvent.save', defaultMessage: 'Save changes' },
});

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
        <h2 id="edit-event-title">{t(messages.title)}</h2>
        <p className="notice">{t(messages.cancelled)}</p>
        <Link href={paths.event(event.id)}>{t(messages.back)}</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="edit-event-title">
      <h2 id="edit-event-title">{t(messages.title)}</h2>
      <EventForm
        initial={eventToValues(event)}
        tenantZone={tenantZone ?? event.timeZone}
        submitLabel={t(messages.save)}

        pending={update.isPending}
        serverError={update.error}
        onSubmit={(body) => update.mutate(body, { onSuccess: () => navigate(paths.event(event.id)) })}
        cancelHref={paths.event(event.id)}
      />
    </section>
  );
}
