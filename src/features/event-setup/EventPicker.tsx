import { useState } from 'react';
import { formatEventDayTime } from '../../lib/event-time';
import { usePublishedEvents } from './list-events';
import { isToday, sortEventsForDoor } from './sort-events';
import { useDoorSetupStore } from './door-setup-store';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'eventPicker.title', defaultMessage: 'Choose the event' },
  keep: { id: 'eventPicker.keep', defaultMessage: 'Cancel: keep the current event' },
  search: { id: 'eventPicker.search', defaultMessage: 'Search events' },
  loading: { id: 'eventPicker.loading', defaultMessage: 'Loading events…' },
  failed: { id: 'eventPicker.failed', defaultMessage: 'The events could not be loaded: {reason}' },
  retry: { id: 'eventPicker.retry', defaultMessage: 'Try again' },
  noMatch: { id: 'eventPicker.noMatch', defaultMessage: 'No published event matches that name.' },
  none: { id: 'eventPicker.none', defaultMessage: 'There are no published events.' },
  today: { id: 'eventPicker.today', defaultMessage: 'Today ·' },
});

/** Step one of the door setup: choose a published event, today's first, searchable by name. */
export function EventPicker() {
  const events = usePublishedEvents();
  const chooseEvent = useDoorSetupStore((state) => state.chooseEvent);
  const current = useDoorSetupStore((state) => state.eventId);
  const cancelChange = useDoorSetupStore((state) => state.cancelChange);
  const [search, setSearch] = useState('');
  const now = new Date();
  const sorted = sortEventsForDoor(events.data ?? [], now, search);

  return (
    <section className="door-setup" aria-labelledby="event-picker-title">
      <h1 id="event-picker-title">{t(messages.title)}</h1>
      {current && (
        <p>
          <button type="button" onClick={cancelChange}>
            {t(messages.keep)}
          </button>
        </p>
      )}
      <label>
        {t(messages.search)}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {events.isPending && <p className="loading">{t(messages.loading)}</p>}
      {events.isError && (
        <p role="alert" className="error">
          {t(messages.failed, { reason: events.error.message })}{' '}
          <button type="button" onClick={() => void events.refetch()}>
            {t(messages.retry)}
          </button>
        </p>
      )}
      {events.isSuccess && sorted.length === 0 && <p>{t(search ? messages.noMatch : messages.none)}</p>}
      <ul className="choice-list">
        {sorted.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              onClick={() => chooseEvent(event.id)}
              aria-current={event.id === current ? 'true' : undefined}
            >
              <strong>{event.name}</strong>
              <span className="muted">
                {isToday(event, now) ? `${t(messages.today)} ` : ''}
                {formatEventDayTime(event.startsAt, event.timeZone)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
