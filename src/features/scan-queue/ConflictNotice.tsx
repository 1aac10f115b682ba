import type { ReactNode } from 'react';
import { conflictNewsWords } from './conflict-notice';
import { useConflictNotice } from './use-conflict-notice';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  see: { id: 'conflictNotice.see', defaultMessage: 'see Conflicts' },
  dismiss: { id: 'conflictNotice.dismiss', defaultMessage: 'Dismiss' },
});

/**
 * A small, non-blocking line on the scan screen when earlier offline scans turned out to be used first
 * elsewhere; the next guest can be scanned meanwhile. `conflictsLink` renders the way to the conflict list.
 */
export function ConflictNotice({ conflictsLink }: { conflictsLink: (text: string) => ReactNode }) {
  const { news, dismiss } = useConflictNotice();
  return (
    <div role="status" className="conflict-notice">
      {news && (
        <p>
          {conflictNewsWords(news)} — {conflictsLink(t(messages.see))}{' '}
          <button type="button" onClick={dismiss}>
            {t(messages.dismiss)}
          </button>
        </p>
      )}
    </div>
  );
}
