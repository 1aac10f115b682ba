/**
 * Recognises a hardware barcode scanner acting as a keyboard ("wedge") by its timing: it types a whole
 * code far faster than a person, then presses Enter. Pure: the caller feeds keys with their event times.
 */
export const WEDGE_MAX_GAP_MS = 35;
export const WEDGE_MIN_LENGTH = 6;

export interface WedgeState {
  chars: string;
  lastAt: number | null;
}

export const emptyWedgeState: WedgeState = { chars: '', lastAt: null };

export interface WedgeStep {
  state: WedgeState;
  /** The scanned text when this key completed a scanner burst, else null. */
  code: string | null;
}

/** Feeds one key (`KeyboardEvent.key`) pressed at `at` ms; other keys such as Shift are ignored. */
export function feedWedgeKey(state: WedgeState, key: string, at: number): WedgeStep {
  const fast = state.lastAt !== null && at - state.lastAt < WEDGE_MAX_GAP_MS;
  if (key === 'Enter') {
    const code = fast && state.chars.length >= WEDGE_MIN_LENGTH ? state.chars : null;
    return { state: emptyWedgeState, code };
  }
  if (key.length !== 1) return { state, code: null };
  // A slow key starts a new burst: a person typing never builds up a scanner-speed run.
  const chars = fast ? state.chars + key : key;
  return { state: { chars, lastAt: at }, code: null };
}
