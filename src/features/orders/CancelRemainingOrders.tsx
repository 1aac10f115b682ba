import { useState } from 'react';
import { useBulkCancel } from './use-bulk-cancel';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { OrdersReason } from './OrdersReason';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  label: {
    id: 'bo.remaining.label',
    defaultMessage: 'Cancel its {count, plural, one {# paid order} other {# paid orders}}',
  },
  title: {
    id: 'bo.remaining.title',
    defaultMessage: 'Cancel its {count, plural, one {# paid order} other {# paid orders}}?',
  },
  confirm: { id: 'bo.remaining.confirm', defaultMessage: 'Cancel orders' },
  back: { id: 'bo.remaining.back', defaultMessage: 'Go back' },
  text: {
    id: 'bo.remaining.text',
    defaultMessage:
      'The event is cancelled but these orders are still Paid. Each becomes cancelled, with this reason.',
  },
});

/** For a cancelled event whose orders are still Paid: start the bulk cancel on its own. */
export function CancelRemainingOrders({ eventId, paidOrders }: { eventId: string; paidOrders: number }) {
  const bulk = useBulkCancel(eventId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (paidOrders === 0 || bulk.run?.status === 'running' || bulk.run?.status === 'paused') return null;
  const label = t(messages.label, { count: paidOrders });
  return (
    <>
      <button type="button" className="bo-danger" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={t(messages.title, { count: paidOrders })}
        confirmLabel={t(messages.confirm)}
        cancelLabel={t(messages.back)}
        danger
        onConfirm={() => {
          if (reason.trim() === '') return setMissing(true);
          void bulk.start(reason.trim());
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        <p>{t(messages.text)}</p>

        <OrdersReason
          reason={reason}
          missing={missing}
          onChange={(text) => (setReason(text), setMissing(false))}
        />
      </ConfirmDialog>
    </>
  );
}
