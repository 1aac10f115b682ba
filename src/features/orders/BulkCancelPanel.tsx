import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { orderKeys } from './order-keys';
import { useBulkCancel, type BulkCancelRun } from './use-bulk-cancel';
import { useAfterOrderCancel } from '../../ui/after-change';
import { formatCount, formatCountOf, formatOf } from '../../ui/format';

function pauseNote(run: BulkCancelRun): string {
  if (run.pausedBecause === 'offline')
    return 'Paused: the server could not be reached. Nothing was lost; resume when the connection is back.';
  if (run.pausedBecause === 'asked') return 'Paused. Resume to carry on where it stopped.';
  return 'Paused: the page was closed while this ran. Resume to carry on where it stopped.';
}

/** Refreshes counts, lists and the report once a run has finished (not on every order: that is 500 refetches). */
function useRefreshWhenDone(eventId: string, done: boolean) {
  const afterCancel = useAfterOrderCancel(eventId);
  const queryClient = useQueryClient();
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current) {
      void afterCancel();
      void queryClient.invalidateQueries({ queryKey: orderKeys.eventLists(eventId) });
    }
    wasDone.current = done;
  }, [done, afterCancel, queryClient, eventId]);
}

/** A bulk cancel's progress bar, pause and resume, and its summary at the end; shown while a run is stored. */
export function BulkCancelPanel({ eventId }: { eventId: string }) {
  const bulk = useBulkCancel(eventId);
  const { run, summary } = bulk;
  useRefreshWhenDone(eventId, run?.status === 'done');
  if (bulk.planning) return <p role="status">Listing the orders to cancel…</p>;
  if (!run || !summary)
    return bulk.error ? (
      <p role="alert" className="error">
        {bulk.error}
      </p>
    ) : null;
  const done = run.status === 'done';
  return (
    <section className="bo-panel bo-bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{done ? 'Orders cancelled' : 'Cancelling all orders'}</h2>
      <p className="muted">Reason given: {run.reason}</p>
      <label className="bo-progress">
        Orders done
        <progress max={Math.max(1, summary.total)} value={summary.settled} />
      </label>
      <p role="status">
        {formatOf(summary.settled, summary.total)} orders done · {formatCount(summary.cancelled)} cancelled ·{' '}
        {formatCount(summary.alreadyCancelled)} already cancelled · {formatCount(summary.failed.length)}{' '}
        failed
      </p>
      {run.status === 'paused' && <p className="notice">{pauseNote(run)}</p>}
      {bulk.error && <p className="error">{bulk.error}</p>}
      {summary.failed.length > 0 && (
        <details className="bo-details" open={done}>
          <summary>{formatCountOf(summary.failed.length, 'order', 'orders')} could not be cancelled</summary>
          <ul>
            {summary.failed.map((failure) => (
              <li key={failure.orderNumber}>
                {failure.orderNumber}: {failure.why}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="bo-actions">
        {run.status === 'running' && (
          <button type="button" onClick={bulk.pause}>
            Pause
          </button>
        )}
        {run.status === 'paused' && (
          <button type="button" className="bo-primary" onClick={bulk.resume}>
            Resume
          </button>
        )}
        {done && (
          <button type="button" onClick={bulk.dismiss}>
            Dismiss summary
          </button>
        )}
      </div>
    </section>
  );
}
