/** The event form's text values, and their translation to and from the API's UTC request bodies. */
import type { CreateEventInput } from '../../../features/events/create-event';
import type { EventDetail } from '../../../features/events/get-event';
import { utcToZonedInput, zonedInputToUtc } from '../../../features/events/zoned-time';
import { textOrNull, WHOLE_NUMBER_ERROR, wholeNumberIn } from '../ui/form-text';
import type { FieldErrors, FormCheck } from '../ui/use-api-form';

export const EVENT_FIELDS = [
  'name',
  'description',
  'startsAt',
  'endsAt',
  'doorsOpenAt',
  'timeZone',
  'capacity',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventFormValues = Record<EventField, string>;

export function emptyEventValues(timeZone: string): EventFormValues {
  return { name: '', description: '', startsAt: '', endsAt: '', doorsOpenAt: '', timeZone, capacity: '' };
}

/** An event's values as the form shows them: times on the event's own wall clock. */
export function eventToValues(event: EventDetail): EventFormValues {
  return {
    name: event.name,
    description: event.description ?? '',
    startsAt: utcToZonedInput(event.startsAt, event.timeZone),
    endsAt: utcToZonedInput(event.endsAt, event.timeZone),
    doorsOpenAt: utcToZonedInput(event.doorsOpenAt, event.timeZone),
    timeZone: event.timeZone,
    capacity: String(event.capacity),
  };
}

export type EventFormCheck = FormCheck<EventField, CreateEventInput>;

/**
 * The request body, or the errors the browser can tell on its own (a missing or impossible time, a
 * capacity that is not a number). Rules such as "ends after it starts" are the server's to judge.
 */
export function valuesToBody(values: EventFormValues): EventFormCheck {
  const errors: FieldErrors<EventField> = {};
  const zone = values.timeZone.trim();
  const time = (field: 'startsAt' | 'endsAt' | 'doorsOpenAt', required: boolean) => {
    if (values[field] === '') {
      if (required) errors[field] = ['Enter a date and time.'];
      return undefined;
    }
    const utc = zonedInputToUtc(values[field], zone || 'UTC');
    if (!utc) errors[field] = ['Enter a date and time like 2030-06-01 19:30.'];
    return utc ?? undefined;
  };
  const startsAt = time('startsAt', true);
  const endsAt = time('endsAt', true);
  const doorsOpenAt = time('doorsOpenAt', false);
  const capacity = wholeNumberIn(values.capacity);
  if (capacity === null) errors.capacity = [WHOLE_NUMBER_ERROR];
  if (!startsAt || !endsAt || capacity === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: values.name,
      description: textOrNull(values.description),
      startsAt,
      endsAt,
      ...(doorsOpenAt ? { doorsOpenAt } : {}),
      ...(zone ? { timeZone: zone } : {}),
      capacity,
    },
  };
}
