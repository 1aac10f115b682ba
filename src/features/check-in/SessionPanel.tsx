import { formatEventTime } from '../../lib/event-time';
import { useSessionStore } from './session-store';
import { lookFor, shortDetail } from './verdict-presentation';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'session.title', defaultMessage: 'This session' },
  admitted: { id: 'session.admitted', defaultMessage: 'Admitted' },
  alreadyUsed: { id: 'session.alreadyUsed', defaultMessage: 'Already used' },
  refused: { id: 'session.refused', defaultMessage: 'Refused' },
  unverified: { id: 'session.unverified', defaultMessage: 'Not verified' },
  none: { id: 'session.none', defaultMessage: 'No scans yet.' },
  last: { id: 'session.last', defaultMessage: 'Last scans' },
});

function shortToken(token: string): string {
  return token.length > 14 ? `${token.slice(0, 6)}…${token.slice(-6)}` : token;
}

/** Counts of this device's guests by final outcome and the last 20 scans with their verdicts, timed in the event's zone. */
export function SessionPanel({ timeZone }: { timeZone: string }) {
  const counts = useSessionStore((state) => state.counts);
  const recent = useSessionStore((state) => state.recent);
  return (
    <section className="session-panel" aria-labelledby="session-title">
      <h2 id="session-title">{t(messages.title)}</h2>
      <dl className="session-counts">
        <div>
          <dt>{t(messages.admitted)}</dt>
          <dd>{counts.admitted}</dd>
        </div>
        <div>
          <dt>{t(messages.alreadyUsed)}</dt>
          <dd>{counts.alreadyUsed}</dd>
        </div>
        <div>
          <dt>{t(messages.refused)}</dt>
          <dd>{counts.refused}</dd>
        </div>
        <div>
          <dt>{t(messages.unverified)}</dt>
          <dd>{counts.unverified}</dd>
        </div>
      </dl>
      {recent.length === 0 ? (
        <p className="muted">{t(messages.none)}</p>
      ) : (
        <ol className="recent-scans" aria-label={t(messages.last)}>
          {recent.map((result) => {
            const look = lookFor(result.verdict);
            return (
              <li key={result.scanId} className="recent-scan">
                <span className="recent-time">{formatEventTime(result.scannedAt, timeZone)}</span>{' '}
                <strong className={`verdict-chip verdict-kind--${result.verdict.kind}`}>{look.title}</strong>{' '}
                {shortDetail(result.verdict)} <span className="muted">{shortToken(result.token)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
