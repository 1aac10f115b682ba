/**
 * Wall-clock times in an event's IANA time zone, converted to and from UTC instants. A `datetime-local`
 * input holds a zone-less "YYYY-MM-DDTHH:mm"; the event's zone (not the browser's) gives it meaning.
 * Offsets come from Intl.DateTimeFormat#formatToParts, so daylight-saving rules are the runtime's.
 */
import { appLocale, deviceTimeZone } from '../../lib/app-locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a DateTimeFormat is far costlier than using one; keep one per zone.
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock & { second: number } {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** The zone's offset from UTC, in milliseconds, at one instant (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wall = wallClockAt(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseLocal(local: string): WallClock | null {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined || month < 1 || month > 12 || hour > 23 || minute > 59) {
    return null;
  }
  return { year, month, day, hour, minute };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant as the "YYYY-MM-DDTHH:mm" a datetime-local input shows in `timeZone`. */
export function utcToZonedInput(iso: string, timeZone: string): string {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  const wall = wallClockAt(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * A datetime-local value read in `timeZone`, as a UTC RFC 3339 instant; null when it is not a date-time.
 * Like Temporal's "compatible" choice: a time that occurs twice (clocks go back) is the earlier one; a time
 * that does not exist (clocks go forward) moves forward by the length of the gap.
 */
export function zonedInputToUtc(local: string, timeZone: string): string | null {
  const wall = parseLocal(local);
  if (!wall) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = zoneOffsetMs(asUtc - 86_400_000, timeZone);
  const after = zoneOffsetMs(asUtc + 86_400_000, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter(
    (epochMs) => utcToZonedInput(new Date(epochMs).toISOString(), timeZone) === local.slice(0, 16),
  );
  const chosen = candidates.length > 0 ? Math.min(...candidates) : asUtc - before;
  return new Date(chosen).toISOString();
}

/** Whether the runtime knows `timeZone` as an IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** "New York time" for America/New_York: the zone as a person names it, from its city. */
export function zoneName(timeZone: string): string {
  const city = timeZone.split('/').at(-1)?.replaceAll('_', ' ') ?? timeZone;
  return timeZone.startsWith('Etc/') || timeZone === 'UTC' ? city : `${city} time`;
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
