/**
 * The time zones a person can pick: the runtime's own IANA list (so every zone offered is one the browser
 * can convert), typed text read to its canonical name, and the nearest name for a misspelling.
 */
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  unknownNear: {
    id: 'bo.zones.unknownNear',
    defaultMessage: 'There is no time zone called “{typed}”. Did you mean {nearest}? Pick one from the list.',
  },
  unknown: {
    id: 'bo.zones.unknown',
    defaultMessage:
      'There is no time zone called “{typed}”. Pick one from the list, for example Europe/Amsterdam.',
  },
});

const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
const BY_LOWER = new Map(ZONES.map((zone) => [zone.toLowerCase(), zone]));

/** The zones with the tenant's first: most of a venue's events are where the venue is. */
export function zonesTenantFirst(tenantZone: string): string[] {
  return [tenantZone, ...ZONES.filter((zone) => zone !== tenantZone)];
}

/**
 * The canonical name for typed text ("america/new_york" → "America/New_York", "US/Eastern" →
 * "America/New_York"), or null when no zone has that name.
 */
export function canonicalTimeZone(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return null;
  const listed = BY_LOWER.get(typed.toLowerCase());
  if (listed) return listed;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
    return BY_LOWER.get(resolved.toLowerCase()) ?? resolved;
  } catch {
    return null;
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The listed zone closest to a misspelling, if one is close enough to be what was meant. */
export function nearestTimeZone(text: string): string | null {
  const typed = text.trim().toLowerCase().replaceAll(' ', '_');
  let best: { zone: string; distance: number } | null = null;
  for (const zone of ZONES) {
    const lower = zone.toLowerCase();
    const city = lower.split('/').at(-1) ?? lower;
    const distance = Math.min(editDistance(typed, lower), editDistance(typed, city));
    if (!best || distance < best.distance) best = { zone, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 4)) ? best.zone : null;
}

/** Why typed text is not a zone, with the likely one when there is one. */
export function unknownZoneMessage(text: string): string {
  const nearest = nearestTimeZone(text);
  const shown = text.trim();
  return nearest ? t(messages.unknownNear, { typed: shown, nearest }) : t(messages.unknown, { typed: shown });
}
