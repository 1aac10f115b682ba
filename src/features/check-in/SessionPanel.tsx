import { formatEventTime } from '../../lib/event-time';
import { useSessionStore } from './session-store';
import { lookFor, shortDetail } from './verdict-presentation';

function shortToken(token: string): string {
  return token.length > 14 ? `${token.slice(0, 6)}…${token.slice(-6)}` : token;
}

/** Counts of this device's guests by final outcome and the last 20 scans with their verdicts, timed in the event's zone. */
export function SessionPanel({ timeZone }: { timeZone: string }) {
  const counts = useSessionStore((state) => state.counts);
  const recent = useSessionStore((state) => state.recent);
  return (
    <section className="session-panel" aria-labelledby="session-title">
      <h2 id="session-title">This session</h2>
      <dl className="session-counts">
        <div>
          <dt>Admitted</dt>
          <dd>{counts.admitted}</dd>
        </div>
        <div>
          <dt>Already used</dt>
          <dd>{counts.alreadyUsed}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd>{counts.refused}</dd>
        </div>
        <div>
          <dt>Not verified</dt>
          <dd>{counts.unverified}</dd>
        </div>
      </dl>
      {recent.length === 0 ? (
        <p className="muted">No scans yet.</p>
      ) : (
        <ol className="recent-scans" aria-label="Last scans">
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
