/**
 * Shows a <dialog> as a modal for as long as it is mounted: the rest of the page is inert (Tab stays
 * inside, cycling), Escape calls `onEscape` instead of closing it behind React's back, and focus goes back to where
 * it was before the dialog opened.
 */
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex="0"]';

/** Tab from the last control goes to the first and back: a modal browsers leave to the address bar. */
function cycleFocus(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  onEscape: () => void,
  initialFocus?: RefObject<HTMLElement | null>,
): void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    // Focus without scrolling: on a short screen (a phone on its side) scrolling to a button at the bottom
    // would push the dialog's title off the top; the title is what staff must read first.
    initialFocus?.current?.focus({ preventScroll: true });
    element.scrollTo(0, 0);
    const onCancel = (event: Event) => {
      event.preventDefault();
      escape.current();
    };
    const onKey = (event: KeyboardEvent) => cycleFocus(element, event);
    element.addEventListener('cancel', onCancel);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.removeEventListener('keydown', onKey);
      if (element.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, [dialog, initialFocus]);
}
