import { useId, useState } from 'react';
import type { TicketOrder } from './list-ticket-orders';
import { useCancelTicketOrder } from './cancel-ticket-order';
import { useResendTicketQrCodes } from './resend-ticket-qr-codes';
import { useAfterOrderCancel } from '../../ui/after-change';
import { describeFailure } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatCount } from '../../ui/format';

interface OrderActionsProps {
  order: TicketOrder;
  eventId: string;
  onChanged: (order: TicketOrder) => void;
}

/** Cancel (reason required, confirmed) and resend QR codes; each says what happened. */
export function OrderActions({ order, eventId, onChanged }: OrderActionsProps) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonErrorId = useId();
  const cancel = useCancelTicketOrder(eventId, useAfterOrderCancel(eventId));
  const resend = useResendTicketQrCodes(eventId);

  function confirmCancel() {
    if (reason.trim() === '') return setReasonMissing(true);
    cancel.mutate(
      { orderId: order.id, reason: reason.trim() },
      { onSuccess: (updated) => (onChanged(updated), setAsking(false), setReason('')) },
    );
  }

  const sent = resend.data;
  return (
    <div className="bo-actions">
      {order.status !== 'Cancelled' && (
        <>
          <button type="button" onClick={() => resend.mutate(order.id)} disabled={resend.isPending}>
            {resend.isPending ? 'Sending…' : 'Resend QR codes'}
          </button>
          <button type="button" className="bo-danger" onClick={() => (cancel.reset(), setAsking(true))}>
            Cancel order
          </button>
        </>
      )}
      <p role="status" className="bo-result">
        {sent && sent.orderId === order.id
          ? `Sent ${formatCount(sent.ticketCount)} tickets to ${sent.recipientName} <${sent.recipientEmail}>.`
          : ''}
        {resend.isError ? `Could not resend: ${describeFailure(resend.error)}` : ''}
      </p>
      <ConfirmDialog
        open={asking}
        title={`Cancel order ${order.orderNumber}?`}
        confirmLabel="Cancel order"
        cancelLabel="Keep order"
        danger
        busy={cancel.isPending}
        error={cancel.isError ? describeFailure(cancel.error) : null}
        onConfirm={confirmCancel}
        onClose={() => setAsking(false)}
      >
        <p>
          Its {formatCount(order.tickets.length)} tickets become cancelled: doors will refuse them. The
          customer is not emailed by this app.
        </p>
        <label>
          Reason (required)
          <textarea
            rows={2}
            value={reason}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? reasonErrorId : undefined}
            onChange={(e) => (setReason(e.target.value), setReasonMissing(false))}
          />
        </label>
        {reasonMissing && (
          <p id={reasonErrorId} className="error">
            Enter a reason; it is kept with the order.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
