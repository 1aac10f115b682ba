import { useId, useState } from 'react';
import type { TicketOrder } from './list-ticket-orders';
import { useCancelTicketOrder } from './cancel-ticket-order';
import { useResendTicketQrCodes } from './resend-ticket-qr-codes';
import { useAfterOrderCancel } from '../../ui/after-change';
import { describeFailure } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  sending: { id: 'bo.orderActions.sending', defaultMessage: 'Sending…' },
  resend: { id: 'bo.orderActions.resend', defaultMessage: 'Resend QR codes' },
  cancel: { id: 'bo.orderActions.cancel', defaultMessage: 'Cancel order' },
  sent: {
    id: 'bo.orderActions.sent',
    defaultMessage: 'Sent {count, plural, one {# ticket} other {# tickets}} to {name} {email}.',
    description: '{email} is the address in angle brackets: <ada@example.com>',
  },
  resendFailed: { id: 'bo.orderActions.resendFailed', defaultMessage: 'Could not resend: {why}' },
  title: { id: 'bo.orderActions.title', defaultMessage: 'Cancel order {number}?' },
  keep: { id: 'bo.orderActions.keep', defaultMessage: 'Keep order' },
  effect: {
    id: 'bo.orderActions.effect',
    defaultMessage:
      'Its {count, plural, one {# ticket becomes} other {# tickets become}} cancelled: doors will refuse them. The customer is not emailed by this app.',
  },
  reason: { id: 'bo.orderActions.reason', defaultMessage: 'Reason (required)' },
  reasonMissing: {
    id: 'bo.orderActions.reasonMissing',
    defaultMessage: 'Enter a reason; it is kept with the order.',
  },
});

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
            {t(resend.isPending ? messages.sending : messages.resend)}
          </button>
          <button type="button" className="bo-danger" onClick={() => (cancel.reset(), setAsking(true))}>
            {t(messages.cancel)}
          </button>
        </>
      )}
      <p role="status" className="bo-result">
        {sent && sent.orderId === order.id
          ? t(messages.sent, {
              count: sent.ticketCount,
              name: sent.recipientName,
              email: `<${sent.recipientEmail}>`,
            })
          : ''}
        {resend.isError ? t(messages.resendFailed, { why: describeFailure(resend.error) }) : ''}
      </p>
      <ConfirmDialog
        open={asking}
        title={t(messages.title, { number: order.orderNumber })}
        confirmLabel={t(messages.cancel)}
        cancelLabel={t(messages.keep)}
        danger
        busy={cancel.isPending}
        error={cancel.isError ? describeFailure(cancel.error) : null}
        onConfirm={confirmCancel}
        onClose={() => setAsking(false)}
      >
        <p>{t(messages.effect, { count: order.tickets.length })}</p>
        <label>
          {t(messages.reason)}
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
            {t(messages.reasonMissing)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
