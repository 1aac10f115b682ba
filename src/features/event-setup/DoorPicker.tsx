import { useState, type FormEvent } from 'react';
import { useDoorSetupStore } from './door-setup-store';

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
    if (name === '') return setError('Enter the name of this door, for example "Main entrance".');
    if (name.length > MAX_DOOR_LENGTH)
      return setError(`A door name has at most ${MAX_DOOR_LENGTH} characters.`);
    chooseDoor(name);
  }

  return (
    <section className="door-setup" aria-labelledby="door-picker-title">
      <h1 id="door-picker-title">Which door is this?</h1>
      <p>
        Event: <strong>{eventName}</strong>{' '}
        <button type="button" onClick={changeEvent}>
          Change event
        </button>
      </p>
      {recentDoors.length > 0 && (
        <ul className="choice-list" aria-label="Doors used before">
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
          Door name
          <input value={door} maxLength={MAX_DOOR_LENGTH} onChange={(e) => setDoor(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <p className="button-row">
          <button type="submit">Start scanning</button>
          {current && (
            <button type="button" onClick={cancelChange}>
              Cancel: keep {current}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
