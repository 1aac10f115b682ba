import { useState } from 'react';
import { formatEventDayTime } from '../../lib/event-time';
import { usePublishedEvents } from './list-events';
import { isToday, sortEventsForDoor } from './sort-events';
import { useDoorSetupStore } from './door-setup-store';

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
      <h1 id="event-picker-title">Choose the event</h1>
      {current && (
        <p>
          <button type="button" onClick={cancelChange}>
            Cancel: keep the current event
          </button>
        </p>
      )}
      <label>
        Search events
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {events.isPending && <p className="loading">Loading events…</p>}
      {events.isError && (
        <p role="alert" className="error">
          The events could not be loaded: {events.error.message}{' '}
          <button type="button" onClick={() => void events.refetch()}>
            Try again
          </button>
        </p>
      )}
      {events.isSuccess && sorted.length === 0 && (
        <p>{search ? 'No published event matches that name.' : 'There are no published events.'}</p>
      )}
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
                {isToday(event, now) ? 'Today · ' : ''}
                {formatEventDayTime(event.startsAt, event.timeZone)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
