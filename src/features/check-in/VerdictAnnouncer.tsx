import { useSessionStore } from './session-store';
import { spokenSummary } from './verdict-presentation';

/**
 * A live region that is always in the page, so screen readers announce each verdict (and each refused
 * input) as it arrives; a region inserted together with its text is often not read.
 */
export function VerdictAnnouncer() {
  const current = useSessionStore((state) => state.current);
  const notice = useSessionStore((state) => state.notice);
  const text = current ? spokenSummary(current.result.verdict) : (notice ?? '');
  return (
    <div role="status" aria-live="assertive" aria-atomic="true" className="visually-hidden">
      {text}
    </div>
  );
}
