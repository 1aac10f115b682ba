/**
 * The session's counts, by guest and final outcome rather than by request: a guest refused for doors not
 * open and then let in with an override is one admitted guest; a scan the queue verified later counts as
 * what the server decided; "already used" (also a repeat on this device) is its own count, not a refusal.
 * Pure: the store keeps the list of guests and derives the counts from it.
 */
import type { VerdictKind } from './verdict';

export type GuestOutcome = 'admitted' | 'alreadyUsed' | 'refused' | 'unverified';
export type GuestCounts = Record<GuestOutcome, number>;

export interface Guest {
  /** The scan whose verdict stands for this guest (the latest one). */
  scanId: string;
  token: string;
  kind: VerdictKind;
}

export function outcomeOf(kind: VerdictKind): GuestOutcome {
  switch (kind) {
    case 'admitted':
      return 'admitted';
    case 'already-used':
    case 'repeat-on-device':
      return 'alreadyUsed';
    case 'refused':
    case 'doors-not-open':
      return 'refused';
    case 'not-verified':
    case 'accepted-offline':
    case 'needs-auth':
      return 'unverified';
  }
}

/**
 * Adds one scan. A scan of the same ticket as a guest still waiting at the door (doors not open, or a 401
 * before any answer) is that same guest again: it replaces their outcome instead of adding a guest.
 */
export function addGuest(guests: readonly Guest[], scan: Guest): Guest[] {
  const waiting = guests.findIndex(
    (guest) => guest.token === scan.token && (guest.kind === 'doors-not-open' || guest.kind === 'needs-auth'),
  );
  if (waiting === -1) return [...guests, scan];
  return guests.map((guest, i) => (i === waiting ? scan : guest));
}

/** A scan's verdict changed (the queue verified it): the guest takes the new outcome. */
export function settleGuest(guests: readonly Guest[], scanId: string, kind: VerdictKind): Guest[] {
  return guests.map((guest) => (guest.scanId === scanId ? { ...guest, kind } : guest));
}

export function countGuests(guests: readonly Guest[]): GuestCounts {
  const counts: GuestCounts = { admitted: 0, alreadyUsed: 0, refused: 0, unverified: 0 };
  for (const guest of guests) counts[outcomeOf(guest.kind)] += 1;
  return counts;
}
