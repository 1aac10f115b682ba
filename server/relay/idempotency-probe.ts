/**
 * Does upstream honour Idempotency-Key on redeem? Asked once (and remembered in the relay's database)
 * before the first replay, like the app's own probe: a token that cannot exist, redeemed twice with one
 * key and different notes. 422 on the second means keys are stored; 200 twice means they are ignored.
 * The notes begin with the app's probe note, so audit readers skip these two NotFound rows.
 */
import { randomUUID } from 'node:crypto';
import type { RelayDb } from './ledger-db.ts';
import type { Upstream } from './upstream.ts';

/** The app's probe note (src/features/scan-queue/idempotency-probe.ts), so audit tools treat both alike. */
export const PROBE_NOTE = 'Caldasa Door: checking whether this server honours Idempotency-Key. Not a ticket.';
const STATE_KEY = 'idempotency-honoured';

export function createIdempotencyKnowledge(db: RelayDb, upstream: Upstream) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM relay_state WHERE key = ?');
  const write = db.prepare('INSERT OR REPLACE INTO relay_state (key, value) VALUES (?, ?)');
  const stored = read.get(STATE_KEY)?.value;
  let honoured: boolean | null = stored === undefined ? null : stored === 'true';

  async function probe(token: string, eventId: string): Promise<boolean | null> {
    const key = `caldasa-relay-probe-${randomUUID()}`;
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    };
    const body = (notes: string) =>
      JSON.stringify({ bookableEventId: eventId, token: `caldasa-relay-probe-${randomUUID()}`, notes });
    const first = await upstream.request('POST', '/tickets/redeem', headers, body(`${PROBE_NOTE} (relay)`));
    if (!first.ok || first.answer.status >= 500 || first.answer.status === 429) return null;
    // An event upstream will not redeem for (cancelled, unpublished) teaches nothing: no keys this time.
    if (first.answer.status !== 200) return false;
    const second = await upstream.request(
      'POST',
      '/tickets/redeem',
      headers,
      body(`${PROBE_NOTE} (relay, second)`),
    );
    if (!second.ok || second.answer.status >= 500 || second.answer.status === 429) return null;
    honoured = second.answer.status === 422;
    write.run(STATE_KEY, String(honoured));
    return honoured;
  }

  return {
    current: (): boolean | null => honoured,
    /** The known answer, or asks upstream with this sign-in's token for this event; null when it could not. */
    ensure: async (token: string, eventId: string): Promise<boolean | null> =>
      honoured ?? (await probe(token, eventId)),
  };
}
