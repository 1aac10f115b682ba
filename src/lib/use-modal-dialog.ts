/**
 * Shows a <dialog> as a modal for as long as it is mounted: the rest of the page is inert (Tab stays
 * inside), Escape calls `onEscape` instead of closing it behind React's back, and focus goes back to where
 * it was before the dialog opened.
 */
import { useEffect, useRef, type RefObject } from 'react';

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
    initialFocus?.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      escape.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, [dialog, initialFocus]);
}
