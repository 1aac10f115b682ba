import { useState } from 'react';
import { useBulkCancel } from './use-bulk-cancel';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatCountOf } from '../../ui/format';
import { OrdersReason } from './OrdersReason';

/** For a cancelled event whose orders are still Paid: start the bulk cancel on its own. */
export function CancelRemainingOrders({ eventId, paidOrders }: { eventId: string; paidOrders: number }) {
  const bulk = useBulkCancel(eventId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (paidOrders === 0 || bulk.run?.status === 'running' || bulk.run?.status === 'paused') return null;
  const label = `Cancel its ${formatCountOf(paidOrders, 'paid order', 'paid orders')}`;
  return (
    <>
      <button type="button" className="bo-danger" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={`${label}?`}
        confirmLabel="Cancel orders"
        cancelLabel="Go back"
        danger
        onConfirm={() => {
          if (reason.trim() === '') return setMissing(true);
          void bulk.start(reason.trim());
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        <p>
          The event is cancelled but these orders are still Paid. Each becomes cancelled, with this reason.
        </p>
        <OrdersReason
          reason={reason}
          missing={missing}
          onChange={(text) => (setReason(text), setMissing(false))}
        />
      </ConfirmDialog>
    </>
  );
}
