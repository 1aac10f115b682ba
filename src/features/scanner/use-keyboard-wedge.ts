import { useEffect, useRef } from 'react';
import { emptyWedgeState, feedWedgeKey, startsBurst } from './wedge-detector';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A field a person types text into; switches, checkboxes and buttons are not. */
function textFieldOf(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return target;
  return null;
}

/** Puts a field back as it was before the scanner's keys landed in it, so React's state follows. */
function restoreField(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Listens for a hardware scanner wherever focus is: on a switch or a button as much as on nothing. In a text
 * field a person's typing stays the field's (it handles its own Enter); a burst that is clearly a scanner
 * (its timing, and Enter at the end) still goes to the scanner: its Enter does not submit the field's form
 * and the field gets back the text it had before the burst.
 */
export function useKeyboardWedge(onCode: (text: string) => void): void {
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let state = emptyWedgeState;
    let before: { field: TextField; value: string } | null = null;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const step = feedWedgeKey(state, event.key, event.timeStamp);
      state = step.state;
      if (startsBurst(step, event.timeStamp)) {
        const field = textFieldOf(event.target);
        before = field ? { field, value: field.value } : null;
      }
      if (step.code === null) return;
      // The scanner's Enter must not also press whatever button has focus, nor submit a field's form.
      event.preventDefault();
      if (before && before.field === event.target) restoreField(before.field, before.value);
      before = null;
      onCodeRef.current(step.code);
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
