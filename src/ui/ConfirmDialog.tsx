import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  back: { id: 'bo.confirm.back', defaultMessage: 'Go back' },
  working: { id: 'bo.confirm.working', defaultMessage: 'Working…' },
});

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** Asks before a consequential action, saying what will happen; the safe choice comes first. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    confirmLabel,
    cancelLabel = t(messages.back),
    busy,
    error,
    danger,
    onConfirm,
    onClose,
  } = props;
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="bo-dialog-body">{props.children}</div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="bo-actions">
        <button type="button" onClick={onClose}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={danger ? 'bo-danger' : 'bo-primary'}
          disabled={busy}
          onClick={onConfirm}
        >
          {busy ? t(messages.working) : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
