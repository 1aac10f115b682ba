/**
 * Recognises a hardware barcode scanner acting as a keyboard ("wedge") by its timing: it types a whole
 * code far faster than a person, then presses Enter. Pure: the caller feeds keys with their event times.
 *
 * A burst is the run of keys since the last pause of 250 ms or more; it counts as a scanner when it has at
 * least 6 characters at an average gap under 35 ms. Averaging (rather than requiring every gap to be
 * short) keeps one hiccup of a busy phone, or a slow first key, from cutting a code in half and sending
 * only its tail.
 */
export const WEDGE_MAX_AVERAGE_GAP_MS = 35;
export const WEDGE_PAUSE_MS = 250;
export const WEDGE_MIN_LENGTH = 6;

export interface WedgeState {
  chars: string;
  firstAt: number | null;
  lastAt: number | null;
}

export const emptyWedgeState: WedgeState = { chars: '', firstAt: null, lastAt: null };

export interface WedgeStep {
  state: WedgeState;
  /** The scanned text when this key completed a scanner burst, else null. */
  code: string | null;
}

function isScannerBurst(state: WedgeState, enterAt: number): boolean {
  if (state.firstAt === null || state.lastAt === null || state.chars.length < WEDGE_MIN_LENGTH) return false;
  if (enterAt - state.lastAt >= WEDGE_PAUSE_MS) return false;
  const averageGap = (enterAt - state.firstAt) / state.chars.length;
  return averageGap < WEDGE_MAX_AVERAGE_GAP_MS;
}

/** Feeds one key (`KeyboardEvent.key`) pressed at `at` ms; other keys such as Shift are ignored. */
export function feedWedgeKey(state: WedgeState, key: string, at: number): WedgeStep {
  if (key === 'Enter') {
    return { state: emptyWedgeState, code: isScannerBurst(state, at) ? state.chars : null };
  }
  if (key.length !== 1) return { state, code: null };
  const continues = state.lastAt !== null && at - state.lastAt < WEDGE_PAUSE_MS;
  if (!continues) return { state: { chars: key, firstAt: at, lastAt: at }, code: null };
  return { state: { ...state, chars: state.chars + key, lastAt: at }, code: null };
}
