import { useEffect } from 'react';

/**
 * Keeps the screen on while `active`. The browser drops the lock when the page is hidden, so callers pass
 * the page visibility in `active` and the lock is taken again when it returns.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let cancelled = false;
    let lock: WakeLockSentinel | null = null;
    navigator.wakeLock.request('screen').then(
      (sentinel) => {
        if (cancelled) void sentinel.release();
        else lock = sentinel;
      },
      // Refused (battery saver, older iOS home-screen apps): scanning works, the screen may dim.
      () => undefined,
    );
    return () => {
      cancelled = true;
      void lock?.release();
    };
  }, [active]);
}
