import { useEffect, useRef } from 'react';
import { emptyWedgeState, feedWedgeKey } from './wedge-detector';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Listens for a hardware scanner anywhere on the screen. Keys typed into a field belong to that field, so
 * a person typing a code is never interrupted; the field handles its own Enter.
 */
export function useKeyboardWedge(onCode: (text: string) => void): void {
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let state = emptyWedgeState;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const step = feedWedgeKey(state, event.key, event.timeStamp);
      state = step.state;
      if (step.code === null) return;
      // The scanner's Enter must not also press whatever button has focus.
      event.preventDefault();
      onCodeRef.current(step.code);
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
