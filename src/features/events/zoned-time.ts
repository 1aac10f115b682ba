/**
 * Wall-clock times in an event's IANA time zone, converted to and from UTC instants. A `datetime-local`
 * input holds a zone-less "YYYY-MM-DDTHH:mm"; the event's zone (not the browser's) gives it meaning.
 * The conversions are Temporal's (temporal-polyfill's function API, which tree-shakes to the few
 * operations used here), so times in a daylight-saving gap or overlap follow the standard's rules.
 * This module is back office only: the scanner route never loads it.
 */
import * as Instant from 'temporal-polyfill/fns/Instant';
import * as PlainDateTime from 'temporal-polyfill/fns/PlainDateTime';
import * as ZonedDateTime from 'temporal-polyfill/fns/ZonedDateTime';
import { appLocale, deviceTimeZone } from '../../lib/app-locale';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  cityTime: {
    id: 'bo.zone.cityTime',
    defaultMessage: '{city} time',
    description: 'A time zone named by its city: "New York time" for America/New_York',
  },
});

function zonedAt(epochMs: number, timeZone: string) {
  return Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMs), timeZone);
}

/** The zone's offset from UTC, in milliseconds, at one instant (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return ZonedDateTime.offsetNanoseconds(zonedAt(epochMs, timeZone)) / 1e6;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A "YYYY-MM-DDTHH:mm" value as a Temporal wall-clock time; null when it is not a real date and time. */
function parseLocal(local: string): PlainDateTime.Record | null {
  const [, year, month, day, hour, minute] = (LOCAL_PATTERN.exec(local) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined) return null;
  try {
    return PlainDateTime.fromFields({ year, month, day, hour, minute }, { overflow: 'reject' });
  } catch {
    return null;
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant as the "YYYY-MM-DDTHH:mm" a datetime-local input shows in `timeZone`. */
export function utcToZonedInput(iso: string, timeZone: string): string {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  const wall = zonedAt(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * A datetime-local value read in `timeZone`, as a UTC RFC 3339 instant; null when it is not a date-time.
 * Temporal's "compatible" choice: a time that occurs twice (clocks go back) is the earlier one; a time that
 * does not exist (clocks go forward) moves forward by the length of the gap.
 */
export function zonedInputToUtc(local: string, timeZone: string): string | null {
  const wall = parseLocal(local);
  if (!wall) return null;
  const zoned = PlainDateTime.toZonedDateTime(wall, timeZone, { disambiguation: 'compatible' });
  return new Date(zoned.epochMilliseconds).toISOString();
}

const knownZones = new Set<string>();

/** Whether the runtime knows `timeZone` as an IANA zone (remembered: building a formatter is costly). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** "New York time" for America/New_York: the zone as a person names it, from its city. */
export function zoneName(timeZone: string): string {
  const city = timeZone.split('/').at(-1)?.replaceAll('_', ' ') ?? timeZone;
  return timeZone.startsWith('Etc/') || timeZone === 'UTC' ? city : t(messages.cityTime, { city });
}

/** " (New York time)" when the zone is not the device's, else "": a time never hides whose clock it is. */
export function zoneSuffix(timeZone: string, deviceZone = deviceTimeZone()): string {
  return timeZone === deviceZone ? '' : ` (${zoneName(timeZone)})`;
}

const readingFormats = new Map<string, Intl.DateTimeFormat>();

/** "14 Jun 2030, 19:00 (New York time)" in the event's zone, for reading (not for inputs). */
export function formatInZone(iso: string, timeZone: string, deviceZone = deviceTimeZone()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const key = `${appLocale()}|${zone}`;
  let format = readingFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(appLocale(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    });
    readingFormats.set(key, format);
  }
  return `${format.format(date)}${zoneSuffix(zone, deviceZone)}`;
}
