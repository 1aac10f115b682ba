import { useCreateEvent } from './create-event';
import { navigate } from '../../lib/router';
import { paths } from '../../ui/routes';
import { EventForm } from './EventForm';
import { emptyEventValues } from './event-form-values';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  loading: { id: 'bo.newEvent.loading', defaultMessage: 'Loading…' },
  title: { id: 'bo.newEvent.title', defaultMessage: 'New event' },
  create: { id: 'bo.newEvent.create', defaultMessage: 'Create event' },
});

/** A new Draft event; on success the event's page opens so ticket types can be added next. */
export function NewEventScreen({ tenantZone }: { tenantZone: string | undefined }) {
  const create = useCreateEvent();
  if (!tenantZone) return <p className="loading">{t(messages.loading)}</p>;
  return (
    <section aria-labelledby="new-event-title">
      <h1 id="new-event-title" tabIndex={-1}>
        {t(messages.title)}
      </h1>
      <EventForm
        initial={emptyEventValues(tenantZone)}
        tenantZone={tenantZone}
        cancelHref={paths.events()}
        submitLabel={t(messages.create)}

        pending={create.isPending}
        serverError={create.error}
        onSubmit={(body) =>
          create.mutate(body, { onSuccess: (event) => navigate(paths.event(event.id, 'ticket-types')) })
        }
      />
    </section>
  );
}
