/** The event form's text values, and their translation to and from the API's UTC request bodies. */
import type { CreateEventInput } from './create-event';
import type { EventDetail } from './get-event';
import { formatInZone, utcToZonedInput, zonedInputToUtc } from './zoned-time';
import { textOrNull, wholeNumberIn } from '../../ui/form-text';
import { canonicalTimeZone, unknownZoneMessage } from './time-zones';
import type { FieldErrors, FormCheck } from '../../ui/use-api-form';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  start: { id: 'bo.eventValues.start', defaultMessage: 'the start' },
  end: { id: 'bo.eventValues.end', defaultMessage: 'the end' },
  doors: { id: 'bo.eventValues.doors', defaultMessage: 'doors opening' },
  zone: { id: 'bo.eventValues.zone', defaultMessage: 'the time zone' },
  capacity: { id: 'bo.eventValues.capacity', defaultMessage: 'the capacity' },
  name: { id: 'bo.eventValues.name', defaultMessage: 'the name' },
  enterName: { id: 'bo.eventValues.enterName', defaultMessage: "Enter the event's name." },
  enterTime: { id: 'bo.eventValues.enterTime', defaultMessage: 'Enter a date and time.' },
  badTime: { id: 'bo.eventValues.badTime', defaultMessage: 'Enter a date and time like 2030-06-01 19:30.' },
  endBeforeStart: {
    id: 'bo.eventValues.endBeforeStart',
    defaultMessage: 'The end must be after the start ({start}).',
  },
  doorsAfterStart: {
    id: 'bo.eventValues.doorsAfterStart',
    defaultMessage: 'Doors must open at or before the start ({start}).',
  },
  capacityMin: { id: 'bo.eventValues.capacityMin', defaultMessage: 'Enter a whole number of at least 1.' },
});

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

/** How the form names each field in a sentence, for server messages that name the API's fields. */
const SPOKEN: Record<string, MessageDescriptor> = {
  startsAt: messages.start,
  endsAt: messages.end,
  doorsOpenAt: messages.doors,
  timeZone: messages.zone,
  capacity: messages.capacity,
  name: messages.name,
};

const INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * A server message in the person's words: API field names become what the form calls them, and UTC
 * instants become the event's own clock ("Must be after startsAt (2026-12-06T01:00:00.000Z)" → "Must be
 * after the start (5 Dec 2026, 20:00 (New York time))").
 */
export function humaniseEventMessage(message: string, timeZone: string): string {
  const zone = canonicalTimeZone(timeZone) ?? 'UTC';
  return message
    .replace(INSTANT, (iso) => formatInZone(iso, zone))
    .replace(/\b(startsAt|endsAt|doorsOpenAt|timeZone|capacity)\b/g, (name) => {
      const spoken = SPOKEN[name];
      return spoken ? t(spoken) : name;
    });
}

type TimeField = 'startsAt' | 'endsAt' | 'doorsOpenAt';

/**
 * The request body, or every error the form can tell before asking the server, at once and in the event's
 * zone: a missing name, an unknown time zone, a missing or impossible time, an end before the start,
 * doors opening after the start, a capacity that is not a whole number of at least 1. An empty zone is the
 * tenant's (`fallbackZone`), as the server reads it.
 */
export function valuesToBody(values: EventFormValues, fallbackZone = 'UTC'): EventFormCheck {
  const errors: FieldErrors<EventField> = {};
  const typedZone = values.timeZone.trim();
  const zone = typedZone === '' ? fallbackZone : canonicalTimeZone(typedZone);
  if (zone === null) errors.timeZone = [unknownZoneMessage(typedZone)];
  if (values.name.trim() === '') errors.name = [t(messages.enterName)];
  const time = (field: TimeField, required: boolean) => {
    if (values[field] === '') {
      if (required) errors[field] = [t(messages.enterTime)];
      return undefined;
    }
    const utc = zonedInputToUtc(values[field], zone ?? 'UTC');
    if (!utc) errors[field] = [t(messages.badTime)];
    return utc ?? undefined;
  };
  const startsAt = time('startsAt', true);
  const endsAt = time('endsAt', true);
  const doorsOpenAt = time('doorsOpenAt', false);
  if (zone && startsAt && endsAt && endsAt <= startsAt)
    errors.endsAt = [t(messages.endBeforeStart, { start: formatInZone(startsAt, zone) })];
  if (zone && startsAt && doorsOpenAt && doorsOpenAt > startsAt)
    errors.doorsOpenAt = [t(messages.doorsAfterStart, { start: formatInZone(startsAt, zone) })];
  const capacity = wholeNumberIn(values.capacity);
  if (capacity === null || capacity < 1) errors.capacity = [t(messages.capacityMin)];

  if (!zone || !startsAt || !endsAt || capacity === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: values.name.trim(),
      description: textOrNull(values.description),
      startsAt,
      endsAt,
      ...(doorsOpenAt ? { doorsOpenAt } : {}),
      timeZone: zone,
      capacity,
    },
  };
}
