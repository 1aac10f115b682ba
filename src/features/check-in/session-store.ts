/**
 * This device's check-in session: the verdict on screen, the last reads, the guests and their counts, and
 * the last 20 results. In memory only; the journal (IndexedDB) is what keeps scans. When the queue settles
 * a scan that was shown "not verified", `settle` puts the server's verdict in its place.
 */
import { create } from 'zustand';
import type { CheckInResult } from './check-in-scan';
import type { LastRead } from './debounce';
import { addGuest, countGuests, settleGuest, type Guest, type GuestCounts } from './guest-counts';
import type { Verdict } from './verdict';

const MAX_RECENT = 20;

export interface ShownVerdict {
  result: CheckInResult;
  /** Changes each time the verdict is (re)shown, so sound and timers run again. */
  shownAt: number;
  /** Wall-clock time of showing, for "3 min ago". */
  shownAtMs: number;
}

interface SessionState {
  current: ShownVerdict | null;
  /** A code that was not sent because nothing was read (empty), with the reason. */
  notice: string | null;
  recent: CheckInResult[];
  guests: Guest[];
  counts: GuestCounts;
  lastRead: LastRead | null;
  inFlight: number;
  noteRead: (read: LastRead) => void;
  startRequest: () => void;
  record: (result: CheckInResult) => void;
  /** The queue decided a scan of this session: its final verdict replaces "not verified". */
  settle: (scanId: string, verdict: Verdict) => void;
  /** Shows the latest verdict again when it is for `token`; a repeat of a read still in flight waits. */
  showAgain: (token: string) => void;
  showNotice: (message: string) => void;
  dismiss: () => void;
}

const shown = (result: CheckInResult): ShownVerdict => ({
  result,
  shownAt: performance.now(),
  shownAtMs: Date.now(),
});

export const useSessionStore = create<SessionState>((set) => ({
  current: null,
  notice: null,
  recent: [],
  guests: [],
  counts: countGuests([]),
  lastRead: null,
  inFlight: 0,
  noteRead: (lastRead) => set({ lastRead }),
  startRequest: () => set((state) => ({ inFlight: state.inFlight + 1 })),
  record: (result) =>
    set((state) => {
      const guests = addGuest(state.guests, {
        scanId: result.scanId,
        token: result.token,
        kind: result.verdict.kind,
      });
      return {
        current: shown(result),
        notice: null,
        recent: [result, ...state.recent].slice(0, MAX_RECENT),
        guests,
        counts: countGuests(guests),
        inFlight: Math.max(0, state.inFlight - 1),
      };
    }),
  settle: (scanId, verdict) =>
    set((state) => {
      const guests = settleGuest(state.guests, scanId, verdict.kind);
      const update = (result: CheckInResult) => (result.scanId === scanId ? { ...result, verdict } : result);
      // The verdict on screen stays as it was shown; the session list and counts show the settled one.
      return { guests, counts: countGuests(guests), recent: state.recent.map(update) };
    }),
  showAgain: (token) =>
    set((state) => {
      const latest = state.recent[0];
      return latest?.token === token ? { current: shown(latest) } : {};
    }),
  showNotice: (notice) => set({ notice, current: null }),
  dismiss: () => set({ current: null, notice: null }),
}));
