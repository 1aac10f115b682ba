import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { orderKeys } from './order-keys';
import { useBulkCancel, type BulkCancelRun } from './use-bulk-cancel';
import { useAfterOrderCancel } from '../../ui/after-change';
import { formatCount, formatOf } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  pausedOffline: {
    id: 'bo.bulk.pausedOffline',
    defaultMessage:
      'Paused: the server could not be reached. Nothing was lost; resume when the connection is back.',
  },
  pausedAsked: { id: 'bo.bulk.pausedAsked', defaultMessage: 'Paused. Resume to carry on where it stopped.' },
  pausedClosed: {
    id: 'bo.bulk.pausedClosed',
    defaultMessage: 'Paused: the page was closed while this ran. Resume to carry on where it stopped.',
  },
  planning: { id: 'bo.bulk.planning', defaultMessage: 'Listing the orders to cancel…' },
  doneTitle: { id: 'bo.bulk.doneTitle', defaultMessage: 'Orders cancelled' },
  runningTitle: { id: 'bo.bulk.runningTitle', defaultMessage: 'Cancelling all orders' },
  reason: { id: 'bo.bulk.reason', defaultMessage: 'Reason given: {reason}' },
  progress: { id: 'bo.bulk.progress', defaultMessage: 'Orders done' },
  summary: {
    id: 'bo.bulk.summary',
    defaultMessage:
      '{done} orders done · {cancelled} cancelled · {already} already cancelled · {failed} failed',
  },
  failed: {
    id: 'bo.bulk.failed',
    defaultMessage: '{count, plural, one {# order} other {# orders}} could not be cancelled',
  },
  pause: { id: 'bo.bulk.pause', defaultMessage: 'Pause' },
  resume: { id: 'bo.bulk.resume', defaultMessage: 'Resume' },
  dismiss: { id: 'bo.bulk.dismiss', defaultMessage: 'Dismiss summary' },
});

function pauseNote(run: BulkCancelRun): string {
  if (run.pausedBecause === 'offline') return t(messages.pausedOffline);
  if (run.pausedBecause === 'asked') return t(messages.pausedAsked);
  return t(messages.pausedClosed);
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
  if (bulk.planning) return <p role="status">{t(messages.planning)}</p>;
  if (!run || !summary)
    return bulk.error ? (
      <p role="alert" className="error">
        {bulk.error}
      </p>
    ) : null;
  const done = run.status === 'done';
  return (
    <section className="bo-panel bo-bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t(done ? messages.doneTitle : messages.runningTitle)}</h2>
      <p className="muted">{t(messages.reason, { reason: run.reason })}</p>
      <label className="bo-progress">
        {t(messages.progress)}
        <progress max={Math.max(1, summary.total)} value={summary.settled} />
      </label>
      <p role="status">
        {t(messages.summary, {
          done: formatOf(summary.settled, summary.total),
          cancelled: formatCount(summary.cancelled),
          already: formatCount(summary.alreadyCancelled),
          failed: formatCount(summary.failed.length),
        })}
      </p>
      {run.status === 'paused' && <p className="notice">{pauseNote(run)}</p>}
      {bulk.error && <p className="error">{bulk.error}</p>}
      {summary.failed.length > 0 && (
        <details className="bo-details" open={done}>
          <summary>{t(messages.failed, { count: summary.failed.length })}</summary>
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
            {t(messages.pause)}
          </button>
        )}
        {run.status === 'paused' && (
          <button type="button" className="bo-primary" onClick={bulk.resume}>
            {t(messages.resume)}
          </button>
        )}
        {done && (
          <button type="button" onClick={bulk.dismiss}>
            {t(messages.dismiss)}
          </button>
        )}
      </div>
    </section>
  );
}
