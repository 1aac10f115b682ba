import { useState, type ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { usePublishEvent } from './publish-event';
import { describeFailure } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatCount } from '../../ui/format';

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
      {cancelDialog(asking === 'cancel', close)}
    </>
  );
}
