/** Words and times for the queue screens: plain words, the event's clock (lib/event-time), no raw ids. */
import { formatEventTime } from '../../lib/event-time';
import type { ScanFact } from '../../lib/scan-types';

/** What the queue screens need to know about events: their names and zones, from the app. */
export interface QueueEvents {
  nameOf(eventId: string): string | null;
  /** The zone of an event, or of the event this door scans for when the scan's event is unknown. */
  zoneOf(eventId: string | null): string;
}

/** A time in the event's zone, in the one format of the door screens. */
export function formatTime(iso: string | null | undefined, timeZone: string): string {
  return iso ? formatEventTime(iso, timeZone) : '—';
}

export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const STATE_WORDS: Record<ScanFact['state'], string> = {
  pending: 'Waiting to sync',
  sending: 'Sending…',
  done: 'Admitted (verified)',
  refused: 'Refused',
  conflict: 'Conflict: used first elsewhere',
  'needs-auth': 'Waiting for sign-in',
};

export function stateWords(state: ScanFact['state']): string {
  return STATE_WORDS[state];
}

const OUTCOME_WORDS: Record<string, string> = {
  AlreadyRedeemed: 'already used',
  DoorsNotOpen: 'doors were not open',
  NotFound: 'not one of our tickets',
  WrongEvent: 'ticket for another event',
  Cancelled: 'ticket cancelled',
};

/** "Refused: already used": the final word on a scan, without the server's codes. */
export function scanStatusWords(scan: ScanFact): string {
  const words = stateWords(scan.state);
  if (scan.state === 'refused') {
    const why = scan.result ? OUTCOME_WORDS[scan.result.outcome] : null;
    return why ? `${words}: ${why}` : scan.lastError ? `${words}: ${scan.lastError}` : words;
  }
  if (scan.state === 'pending' && scan.lastError) return `${words} (last try: ${scan.lastError})`;
  return words;
}

/** "Door B", or "no door" when the scan was made without one. */
export function doorWords(door: string | null | undefined): string {
  if (!door) return 'no door';
  return /\bdoor\b/i.test(door) ? door : `Door ${door}`;
}
