import { useState, type FormEvent } from 'react';
import { useDoorSetupStore } from './door-setup-store';
import { defineMessages, t, tRich } from '../../lib/i18n';

const messages = defineMessages({
  empty: {
    id: 'doorPicker.empty',
    defaultMessage: 'Enter the name of this door, for example "Main entrance".',
  },
  tooLong: { id: 'doorPicker.tooLong', defaultMessage: 'A door name has at most {max, number} characters.' },
  title: { id: 'doorPicker.title', defaultMessage: 'Which door is this?' },
  event: { id: 'doorPicker.event', defaultMessage: 'Event: <b>{name}</b>' },
  changeEvent: { id: 'doorPicker.changeEvent', defaultMessage: 'Change event' },
  recent: { id: 'doorPicker.recent', defaultMessage: 'Doors used before' },
  name: { id: 'doorPicker.name', defaultMessage: 'Door name' },
  start: { id: 'doorPicker.start', defaultMessage: 'Start scanning' },
  keep: { id: 'doorPicker.keep', defaultMessage: 'Cancel: keep {door}' },
});

const MAX_DOOR_LENGTH = 100;

/** Step two: name the door (free text, as the audit log will show it); doors used before are one tap. */
export function DoorPicker({ eventName }: { eventName: string }) {
  const recentDoors = useDoorSetupStore((state) => state.recentDoors);
  const chooseDoor = useDoorSetupStore((state) => state.chooseDoor);
  const changeEvent = useDoorSetupStore((state) => state.changeEvent);
  const current = useDoorSetupStore((state) => state.door);
  const cancelChange = useDoorSetupStore((state) => state.cancelChange);
  const [door, setDoor] = useState('');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = door.trim();
    if (name === '') return setError(t(messages.empty));
    if (name.length > MAX_DOOR_LENGTH) return setError(t(messages.tooLong, { max: MAX_DOOR_LENGTH }));
    chooseDoor(name);
  }

  return (
    <section className="door-setup" aria-labelledby="door-picker-title">
      <h1 id="door-picker-title">{t(messages.title)}</h1>
      <p>
        {tRich(messages.event, { name: eventName, b: (chunks) => <strong key="name">{chunks}</strong> })}{' '}
        <button type="button" onClick={changeEvent}>
          {t(messages.changeEvent)}
        </button>
      </p>
      {recentDoors.length > 0 && (
        <ul className="choice-list" aria-label={t(messages.recent)}>
          {recentDoors.map((name) => (
            <li key={name}>
              <button type="button" onClick={() => chooseDoor(name)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate>
        <label>
          {t(messages.name)}
          <input value={door} maxLength={MAX_DOOR_LENGTH} onChange={(e) => setDoor(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <p className="button-row">
          <button type="submit">{t(messages.start)}</button>
          {current && (
            <button type="button" onClick={cancelChange}>
              {t(messages.keep, { door: current })}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
