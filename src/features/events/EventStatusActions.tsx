import { useState, type ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { usePublishEvent } from './publish-event';
import { describeFailure } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  publishEvent: { id: 'bo.eventStatus.publishEvent', defaultMessage: 'Publish event' },
  cancelEvent: { id: 'bo.eventStatus.cancelEvent', defaultMessage: 'Cancel event' },
  publishTitle: { id: 'bo.eventStatus.publishTitle', defaultMessage: 'Publish {name}?' },
  publish: { id: 'bo.eventStatus.publish', defaultMessage: 'Publish' },
  publishEffect: {
    id: 'bo.eventStatus.publishEffect',
    defaultMessage:
      'Its {count, plural, one {# ticket type goes} other {# ticket types go}} on sale, and doors can start admitting its tickets. You can still change ticket types and times afterwards.',
  },
});

type Asking = 'publish' | 'cancel' | null;

/** Publish and cancel (with its orders), each behind a confirmation that says what will happen. */
export function EventStatusActions({
  event,
  cancelDialog,
}: {
  event: EventDetail;
  /** The cancel confirmation, from app/: cancelling an event also offers to cancel its orders. */
  cancelDialog: (open: boolean, onClose: () => void) => ReactNode;
}) {
  const [asking, setAsking] = useState<Asking>(null);
  const publish = usePublishEvent(event.id);
  const close = () => {
    setAsking(null);
    publish.reset();
  };
  return (
    <>
      {event.status === 'Draft' && (
        <button type="button" className="bo-primary" onClick={() => setAsking('publish')}>
          {t(messages.publishEvent)}
        </button>
      )}
      {event.status !== 'Cancelled' && (
        <button type="button" className="bo-danger" onClick={() => setAsking('cancel')}>
          {t(messages.cancelEvent)}
        </button>
      )}
      <ConfirmDialog
        open={asking === 'publish'}
        title={t(messages.publishTitle, { name: event.name })}
        confirmLabel={t(messages.publish)}
        busy={publish.isPending}
        error={publish.isError ? describeFailure(publish.error) : null}
        onConfirm={() => publish.mutate(undefined, { onSuccess: close })}
        onClose={close}
      >
        <p>{t(messages.publishEffect, { count: event.ticketTypes.length })}</p>
      </ConfirmDialog>
      {cancelDialog(asking === 'cancel', close)}
    </>
  );
}
