import { statusWords } from './status-words';

/** A status in words with a shape, never colour alone; unknown statuses are shown as they come. */
export function StatusBadge({ status }: { status: string }) {
  const kind =
    status === 'Published' || status === 'Paid' || status === 'Valid'
      ? 'ok'
      : status === 'Cancelled'
        ? 'bad'
        : 'neutral';
  const icon = kind === 'ok' ? '●' : kind === 'bad' ? '✕' : '○';
  return (
    <span className={`bo-badge bo-badge-${kind}`}>
      <span aria-hidden="true">{icon} </span>
      {statusWords(status)}
    </span>
  );
}
