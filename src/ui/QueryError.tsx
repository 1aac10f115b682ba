import { describeFailure, statusOf } from './api-failure';
import { DoorTokenScreen } from './DoorTokenScreen';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  failed: { id: 'bo.queryError.failed', defaultMessage: 'Could not load {what}: {why}' },
  retry: { id: 'bo.queryError.retry', defaultMessage: 'Try again' },
});

interface QueryErrorProps {
  error: unknown;
  what: string;
  onRetry?: () => void;
}

/** A failed read: the door-token explanation for a 403, otherwise the reason and a way to try again. */
export function QueryError({ error, what, onRetry }: QueryErrorProps) {
  if (statusOf(error) === 403) return <DoorTokenScreen />;
  return (
    <div role="alert" className="bo-query-error">
      <p>{t(messages.failed, { what, why: describeFailure(error) })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t(messages.retry)}
        </button>
      )}
    </div>
  );
}
