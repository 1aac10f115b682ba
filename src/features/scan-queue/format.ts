/** Words and times for the queue screens: plain words, the event's clock (lib/event-time), no raw ids. */
import { formatDuration, formatEventTime } from '../../lib/event-time';
import type { ScanFact } from '../../lib/scan-types';
import { doorLabel } from '../../lib/door-label';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  underMinute: { id: 'queueFormat.underMinute', defaultMessage: 'under a minute' },
  pending: { id: 'queueFormat.pending', defaultMessage: 'Waiting to sync' },
  sending: { id: 'queueFormat.sending', defaultMessage: 'Sending…' },
  done: { id: 'queueFormat.done', defaultMessage: 'Admitted (verified)' },
  relayed: {
    id: 'queueFormat.relayed',
    defaultMessage: 'Let in by the venue relay (not yet verified)',
    description: 'The venue relay took the scan while the internet was down; it checks it later',
  },
  refused: { id: 'queueFormat.refused', defaultMessage: 'Refused' },
  conflict: { id: 'queueFormat.conflict', defaultMessage: 'Conflict: used first elsewhere' },
  needsAuth: { id: 'queueFormat.needsAuth', defaultMessage: 'Waiting for sign-in' },
  alreadyUsed: { id: 'queueFormat.alreadyUsed', defaultMessage: 'already used' },
  doorsNotOpen: { id: 'queueFormat.doorsNotOpen', defaultMessage: 'doors were not open' },
  notFound: { id: 'queueFormat.notFound', defaultMessage: 'not one of our tickets' },
  wrongEvent: { id: 'queueFormat.wrongEvent', defaultMessage: 'ticket for another event' },
  cancelled: { id: 'queueFormat.cancelled', defaultMessage: 'ticket cancelled' },
  withReason: { id: 'queueFormat.withReason', defaultMessage: '{state}: {reason}' },
  lastTry: { id: 'queueFormat.lastTry', defaultMessage: '{state} (last try: {error})' },
  noDoor: { id: 'queueFormat.noDoor', defaultMessage: 'no door' },
});

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
  if (ms < 60_000) return t(messages.underMinute);
  return formatDuration(ms);
}

const STATE_WORDS: Record<ScanFact['state'], MessageDescriptor> = {
  pending: messages.pending,
  sending: messages.sending,
  done: messages.done,
  relayed: messages.relayed,
  refused: messages.refused,
  conflict: messages.conflict,
  'needs-auth': messages.needsAuth,
};

export function stateWords(state: ScanFact['state']): string {
  return t(STATE_WORDS[state]);
}

const OUTCOME_WORDS: Record<string, MessageDescriptor> = {
  AlreadyRedeemed: messages.alreadyUsed,
  DoorsNotOpen: messages.doorsNotOpen,
  NotFound: messages.notFound,
  WrongEvent: messages.wrongEvent,
  Cancelled: messages.cancelled,
};

/** "Refused: already used": the final word on a scan, without the server's codes. */
export function scanStatusWords(scan: ScanFact): string {
  const words = stateWords(scan.state);
  if (scan.state === 'refused') {
    const why = scan.result ? OUTCOME_WORDS[scan.result.outcome] : undefined;
    const reason = why ? t(why) : scan.lastError;
    return reason ? t(messages.withReason, { state: words, reason }) : words;
  }
  if (scan.state === 'pending' && scan.lastError)
    return t(messages.lastTry, { state: words, error: scan.lastError });
  return words;
}

/** "Door B", or "no door" when the scan was made without one. */
export function doorWords(door: string | null | undefined): string {
  return door ? doorLabel(door) : t(messages.noDoor);
}
