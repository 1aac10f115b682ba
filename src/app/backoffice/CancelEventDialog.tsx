import { useState } from 'react';
import { useCancelEvent } from '../../features/events/cancel-event';
import type { EventDetail } from '../../features/events/get-event';
import { useBulkCancel } from '../../features/orders/use-bulk-cancel';
import { describeFailure } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatCount } from '../../ui/format';

import { OrdersReason } from '../../features/orders/OrdersReason';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.cancelEvent.title', defaultMessage: 'Cancel {name}?' },
  withOrders: { id: 'bo.cancelEvent.withOrders', defaultMessage: 'Cancel event and orders' },
  confirm: { id: 'bo.cancelEvent.confirm', defaultMessage: 'Cancel event' },
  keep: { id: 'bo.cancelEvent.keep', defaultMessage: 'Keep event' },
  effect: {
    id: 'bo.cancelEvent.effect',
    defaultMessage:
      'Doors will refuse all its tickets from now on ({sold} sold), and the event can no longer be changed. This cannot be undone.',
  },
  alsoOrders: {
    id: 'bo.cancelEvent.alsoOrders',
    defaultMessage: 'Also cancel its {count, plural, one {# paid order} other {# paid orders}}',
  },
});

interface Props {
  event: EventDetail;
  open: boolean;
  /** Paid orders the event holds now. */
  paidOrders: number;
  onClose: () => void;
}

/**
 * Cancelling an event, with the offer (on by default) to cancel all its paid orders in the same step: a
 * cancelled event whose orders stay Paid leaves every buyer waiting for a refund nobody started.
 */
export function CancelEventDialog({ event, open, paidOrders, onClose }: Props) {
  const cancel = useCancelEvent(event.id);
  const bulk = useBulkCancel(event.id);
  const [withOrders, setWithOrders] = useState(true);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => (cancel.reset(), setMissing(false), onClose());
  const cancelOrders = withOrders && paidOrders > 0;

  function confirm() {
    if (cancelOrders && reason.trim() === '') return setMissing(true);
    cancel.mutate(undefined, {
      onSuccess: () => {
        if (cancelOrders) void bulk.start(reason.trim());
        close();
      },
    });
  }

  return (
    <ConfirmDialog
      open={open}
      title={t(messages.title, { name: event.name })}
      confirmLabel={t(cancelOrders ? messages.withOrders : messages.confirm)}
      cancelLabel={t(messages.keep)}
      danger
      busy={cancel.isPending}
      error={cancel.isError ? describeFailure(cancel.error) : null}
      onConfirm={confirm}
      onClose={close}
    >
      <p>{t(messages.effect, { sold: formatCount(event.ticketsSold) })}</p>
      {paidOrders > 0 && (
        <>
          <label className="bo-check">
            <input type="checkbox" checked={withOrders} onChange={(e) => setWithOrders(e.target.checked)} />
            {t(messages.alsoOrders, { count: paidOrders })}
          </label>
          {withOrders && (
            <OrdersReason
              reason={reason}
              missing={missing}
              onChange={(text) => (setReason(text), setMissing(false))}
            />
          )}
        </>
      )}
    </ConfirmDialog>
  );
}
