/**
 * This device's check-in session: the verdict on screen, the last reads, counts and the last 20 results.
 * In memory only; the journal (IndexedDB) is what keeps scans.
 */
import { create } from 'zustand';
import type { CheckInResult } from './check-in-scan';
import type { LastRead } from './debounce';

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
  /** A code that was not sent (empty, too long), with the reason. */
  notice: string | null;
  recent: CheckInResult[];
  counts: { admitted: number; refused: number; unverified: number };
  lastRead: LastRead | null;
  /** Whether the last request reached the server, for the connection indicator. */
  lastRequest: 'answered' | 'failed' | null;
  inFlight: number;
  noteRead: (read: LastRead) => void;
  startRequest: () => void;
  record: (result: CheckInResult) => void;
  /** Shows the latest verdict again when it is for `token`; a repeat of a read still in flight waits. */
  showAgain: (token: string) => void;
  showNotice: (message: string) => void;
  dismiss: () => void;
}

function countFor(result: CheckInResult): keyof SessionState['counts'] | null {
  const { kind } = result.verdict;
  if (kind === 'admitted') return 'admitted';
  if (kind === 'not-verified' || kind === 'needs-auth' || kind === 'accepted-offline') return 'unverified';
  return 'refused';
}

export const useSessionStore = create<SessionState>((set) => ({
  current: null,
  notice: null,
  recent: [],
  counts: { admitted: 0, refused: 0, unverified: 0 },
  lastRead: null,
  lastRequest: null,
  inFlight: 0,
  noteRead: (lastRead) => set({ lastRead }),
  startRequest: () => set((state) => ({ inFlight: state.inFlight + 1 })),
  record: (result) =>
    set((state) => {
      const key = countFor(result);
      const counts = key ? { ...state.counts, [key]: state.counts[key] + 1 } : state.counts;
      const failed = result.verdict.kind === 'not-verified';
      return {
        current: { result, shownAt: performance.now(), shownAtMs: Date.now() },
        notice: null,
        recent: [result, ...state.recent].slice(0, MAX_RECENT),
        counts,
        lastRequest: failed ? 'failed' : 'answered',
        inFlight: Math.max(0, state.inFlight - 1),
      };
    }),
  showAgain: (token) =>
    set((state) => {
      const latest = state.recent[0];
      return latest?.token === token
        ? { current: { result: latest, shownAt: performance.now(), shownAtMs: Date.now() } }
        : {};
    }),
  showNotice: (notice) => set({ notice, current: null }),
  dismiss: () => set({ current: null, notice: null }),
}));
