/**
 * Recognises a hardware barcode scanner acting as a keyboard ("wedge") by its timing: it types a whole
 * code far faster than a person, then presses Enter. Pure: the caller feeds keys with their event times.
 *
 * A burst is the run of keys since the last pause of 250 ms or more; it counts as a scanner when it has at
 * least 6 characters at an average gap under 35 ms. Averaging (rather than requiring every gap to be
 * short) keeps one hiccup of a busy phone, or a slow first key, from cutting a code in half.
 *
 * A scanner can also stall mid-code (a Bluetooth link, a busy phone). A burst that was typing at scanner
 * speed and had no Enter yet is not dropped by a pause of up to 1.5 s: the keys after the pause continue
 * the same code, and the pause does not count in its average. So the tail of a stalled code is never sent
 * as a code of its own.
 */
export const WEDGE_MAX_AVERAGE_GAP_MS = 35;
export const WEDGE_PAUSE_MS = 250;
export const WEDGE_MIN_LENGTH = 6;
export const WEDGE_MAX_STALL_MS = 1_500;

export interface WedgeState {
  chars: string;
  firstAt: number | null;
  lastAt: number | null;
  /** The sum of the gaps inside the burst, without stalls. */
  typingMs: number;
}

export const emptyWedgeState: WedgeState = { chars: '', firstAt: null, lastAt: null, typingMs: 0 };

export interface WedgeStep {
  state: WedgeState;
  /** The scanned text when this key completed a scanner burst, else null. */
  code: string | null;
}

function isScannerBurst(state: WedgeState, enterAt: number): boolean {
  if (state.firstAt === null || state.lastAt === null || state.chars.length < WEDGE_MIN_LENGTH) return false;
  const enterGap = enterAt - state.lastAt;
  if (enterGap >= WEDGE_PAUSE_MS) return false;
  return (state.typingMs + enterGap) / state.chars.length < WEDGE_MAX_AVERAGE_GAP_MS;
}

/** A burst of two or more keys so far at scanner speed: a pause after it is a stall, not the end. */
function typingLikeScanner(state: WedgeState): boolean {
  return state.chars.length >= 2 && state.typingMs / (state.chars.length - 1) < WEDGE_MAX_AVERAGE_GAP_MS;
}

/** Feeds one key (`KeyboardEvent.key`) pressed at `at` ms; other keys such as Shift are ignored. */
export function feedWedgeKey(state: WedgeState, key: string, at: number): WedgeStep {
  if (key === 'Enter') {
    return { state: emptyWedgeState, code: isScannerBurst(state, at) ? state.chars : null };
  }
  if (key.length !== 1) return { state, code: null };
  const gap = state.lastAt === null ? Infinity : at - state.lastAt;
  if (gap < WEDGE_PAUSE_MS) {
    return {
      state: { ...state, chars: state.chars + key, lastAt: at, typingMs: state.typingMs + gap },
      code: null,
    };
  }
  if (gap < WEDGE_MAX_STALL_MS && typingLikeScanner(state)) {
    return { state: { ...state, chars: state.chars + key, lastAt: at }, code: null };
  }
  return { state: { chars: key, firstAt: at, lastAt: at, typingMs: 0 }, code: null };
}

/** True when this key started a new burst (the caller remembers where the burst began). */
export function startsBurst(step: WedgeStep, at: number): boolean {
  return step.state.firstAt === at && step.state.chars.length === 1;
}
