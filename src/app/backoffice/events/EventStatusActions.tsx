import { useState } from 'react';
import { useCancelEvent } from '../../../features/events/cancel-event';
import type { EventDetail } from '../../../features/events/get-event';
import { usePublishEvent } from '../../../features/events/publish-event';
import { describeFailure } from '../ui/api-failure';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatCount } from '../ui/format';

type Asking = 'publish' | 'cancel' | null;

/** Publish and cancel, each behind a confirmation that says what will happen. */
export function EventStatusActions({ event }: { event: EventDetail }) {
  const [asking, setAsking] = useState<Asking>(null);
  const publish = usePublishEvent(event.id);
  const cancel = useCancelEvent(event.id);
  const close = () => {
    setAsking(null);
    publish.reset();
    cancel.reset();
  };
  return (
    <>
      {event.status === 'Draft' && (
        <button type="button" className="bo-primary" onClick={() => setAsking('publish')}>
          Publish event
        </button>
      )}
      {event.status !== 'Cancelled' && (
        <button type="button" className="bo-danger" onClick={() => setAsking('cancel')}>
          Cancel event
        </button>
      )}
      <ConfirmDialog
        open={asking === 'publish'}
        title={`Publish ${event.name}?`}
        confirmLabel="Publish"
        busy={publish.isPending}
        error={publish.isError ? describeFailure(publish.error) : null}
        onConfirm={() => publish.mutate(undefined, { onSuccess: close })}
        onClose={close}
      >
        <p>
          Its {formatCount(event.ticketTypes.length)} ticket types go on sale, and doors can start admitting
          its tickets. You can still change ticket types and times afterwards.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'cancel'}
        title={`Cancel ${event.name}?`}
        confirmLabel="Cancel event"
        cancelLabel="Keep event"
        danger
        busy={cancel.isPending}
        error={cancel.isError ? describeFailure(cancel.error) : null}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: close })}
        onClose={close}
      >
        <p>
          Doors will refuse all its tickets from now on ({formatCount(event.ticketsSold)} sold), and the event
          can no longer be changed. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
