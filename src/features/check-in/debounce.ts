/**
 * The repeat guard: a code read again right after itself (a steady camera, a double trigger) shows the
 * last verdict again instead of sending a second request. Only the latest code counts, so A → B → A
 * sends A twice.
 */
export type ReadSource = 'camera' | 'wedge' | 'typed';

export const REPEAT_WINDOW_MS: Record<ReadSource, number> = { camera: 5_000, wedge: 2_500, typed: 0 };

export interface LastRead {
  token: string;
  at: number;
}

/** True when `token` read from `source` at `now` repeats the last read closely enough to send nothing. */
export function isRepeatRead(last: LastRead | null, token: string, source: ReadSource, now: number): boolean {
  if (!last || last.token !== token) return false;
  return now - last.at < REPEAT_WINDOW_MS[source];
}
