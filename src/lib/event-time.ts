/**
 * The one clock of the app. Event times are the event's wall clock ("19:42"), with the day when it is not
 * today there ("Thu 3 Dec 07:21"), and the zone named when it is not the device's own ("19:42 GMT+1"),
 * in the chosen language's words and conventions (lib/app-locale). Distances from now ("3 min ago",
 * "in 42 min") come from Intl.RelativeTimeFormat in that language.
 */
import { appLocale, cachedFormat, deviceTimeZone } from './app-locale';
import { defineMessages, t } from './i18n';

const messages = defineMessages({
  unknown: {
    id: 'time.unknown',
    defaultMessage: 'an unknown time',
    description: 'Stands for a time that could not be read',
  },
  justNow: { id: 'time.justNow', defaultMessage: 'just now', description: 'Less than a minute ago' },
});

export { deviceTimeZone };

const dateTimeFormat = (options: Intl.DateTimeFormatOptions) =>
  cachedFormat('dt', options, (locale) => new Intl.DateTimeFormat(locale, options));

/** A zone the runtime knows; an unknown one (a typo in an event) falls back to the device's. */
export function knownTimeZone(timeZone: string, fallback: string = deviceTimeZone()): string {
  return dayFormat(timeZone) ? timeZone : fallback;
}

/** One formatter per zone for telling days apart (locale-free), null for a zone the runtime does not know. */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let found = dayFormats.get(timeZone);
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
    } catch {
      found = null;
    }
    dayFormats.set(timeZone, found);
  }
  return found;
}

function dayKey(date: Date, timeZone: string): string {
  return (dayFormat(timeZone) ?? dayFormat('UTC')!).format(date);
}

function zoneName(date: Date, timeZone: string): string {
  const parts = dateTimeFormat({ timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * "19:42", "Thu 3 Dec 07:21", "19:42 GMT+1": see the module note. The day, the clock and the zone are
 * written separately and joined with spaces, so every language has the same shape. null for unreadable input.
 */
export function eventTimeText(
  iso: string | null | undefined,
  timeZone: string,
  now: Date = new Date(),
  device: string = deviceTimeZone(),
): string | null {
  const date = new Date(iso ?? '');
  if (Number.isNaN(date.getTime())) return null;
  const zone = knownTimeZone(timeZone, device);
  return compose(date, zone, dayKey(date, zone) !== dayKey(now, zone), device);
}

/** The event's day and wall clock always ("Wed 1 Jul 20:00"), for lists of events on different days. */
export function formatEventDayTime(iso: string, timeZone: string, device: string = deviceTimeZone()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return t(messages.unknown);
  return compose(date, knownTimeZone(timeZone, device), true, device);
}

function compose(date: Date, zone: string, withDay: boolean, device: string): string {
  const clock = dateTimeFormat({
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  const day = withDay
    ? dateTimeFormat({ timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' })
        .format(date)
        .replace(/,/g, '')
    : null;
  return [day, clock, zone !== device ? zoneName(date, zone) : null].filter(Boolean).join(' ');
}

/** {@link eventTimeText}, or "an unknown time" for unreadable input. */
export function formatEventTime(
  iso: string | null | undefined,
  timeZone: string,
  now: Date = new Date(),
  device: string = deviceTimeZone(),
): string {
  return eventTimeText(iso, timeZone, now, device) ?? t(messages.unknown);
}

/** A time that belongs to no event (the last sync), on the device's clock in the same one format. */
export function formatDeviceDateTime(iso: string, now: Date = new Date()): string {
  return formatEventTime(iso, deviceTimeZone(), now);
}

/** A calendar date in the event's zone in the chosen language ("3 Dec 2026", "3 dec. 2026"). */
export function formatEventDate(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat({ timeZone: knownTimeZone(timeZone), dateStyle: 'medium' }).format(date);
}

const relative = () =>
  cachedFormat(
    'rel',
    {},
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
  );

function largestUnit(minutes: number): [number, Intl.RelativeTimeFormatUnit] {
  if (minutes < 60) return [minutes, 'minute'];
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return [hours, 'hour'];
  return [Math.floor(hours / 24), 'day'];
}

/** "3 min ago", "just now" (under a minute), "2 hr ago"; "" for unreadable input. */
export function formatAgo(iso: string, now: Date = new Date()): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return t(messages.justNow);
  const [value, unit] = largestUnit(Math.floor(ms / 60_000));
  return relative().format(-value, unit);
}

/** "in 42 min" (rounded up, never promising too early), "now" once the time has passed. */
export function formatUntil(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return relative().format(0, 'second');
  const [value, unit] = largestUnit(Math.ceil(ms / 60_000));
  return relative().format(value, unit);
}

/** A duration in whole minutes or hours and minutes ("42 min", "2 hr, 5 min") in the chosen language. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const unit = (value: number, name: 'minute' | 'hour') =>
    cachedFormat(
      'unit',
      { name },
      (locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }),
    ).format(value);
  if (minutes < 60) return unit(minutes, 'minute');
  const parts = [unit(Math.floor(minutes / 60), 'hour'), unit(minutes % 60, 'minute')];
  return cachedFormat(
    'list',
    {},
    (locale) => new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }),
  ).format(parts);
}

/** The locale's own word order for lists ("A, B and C", "A, B en C"). */
export function formatList(items: string[]): string {
  return cachedFormat('and', {}, (locale) => new Intl.ListFormat(locale, { type: 'conjunction' })).format(
    items,
  );
}

export { appLocale };
