import { describeFailure, statusOf } from './api-failure';
import { DoorTokenScreen } from './DoorTokenScreen';

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
      <p>
        Could not load {what}: {describeFailure(error)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
