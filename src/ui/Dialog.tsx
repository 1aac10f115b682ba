import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** A sheet sits at the side of a wide screen (over the list it came from) and fills a phone's. */
  variant?: 'centred' | 'sheet';
  children: ReactNode;
}

/**
 * A modal `<dialog>`: showModal() traps focus and makes the page behind inert; Escape closes it. On close,
 * focus goes back to whatever opened it, so keyboard users keep their place.
 */
export function Dialog({ open, title, onClose, variant = 'centred', children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // A sheet is read from its title down; a confirmation starts on its first (safe) button.
      if (variant === 'sheet') dialog.querySelector<HTMLElement>('h2')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, variant]);

  function handleClose(event: SyntheticEvent<HTMLDialogElement>) {
    // React passes a nested dialog's close up the tree; only this dialog's own close is ours.
    if (event.target !== event.currentTarget) return;
    onClose();
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target?.isConnected) target.focus();
  }

  return (
    <dialog
      ref={ref}
      className={variant === 'sheet' ? 'bo-dialog bo-sheet' : 'bo-dialog'}
      aria-labelledby={titleId}
      onClose={handleClose}
    >
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
