/**
 * Does this server honour `Idempotency-Key` on POST /tickets/redeem? Asked once per server, before the
 * first sync, and remembered on the device when the answer is clear.
 *
 * The probe redeems a token that cannot exist (random, marked as a probe in its notes) for a real event,
 * twice with the same key and different notes. A server that stores keys refuses the second with 422 (the
 * IETF draft's "key reused with another body"); one that ignores the header answers 200 twice. A server
 * whose CORS policy does not allow the header fails the request before it is sent, which fetch reports as a
 * network error. Cost: one or two `NotFound` audit rows, labelled as a probe; no ticket is touched.
 * A header check such as Access-Control-Allow-Headers is not observable from a page, hence this.
 */
import type { CaldasaClient } from '../../lib/api/api-client';
import { sendRedeem } from '../../lib/api/redeem';
import { readIdempotencySupport, writeIdempotencySupport } from '../../lib/idempotency-support';

/** The notes every probe request carries, so audit readers can tell probes from scans. */
export const PROBE_NOTE = 'Caldasa Door: checking whether this server honours Idempotency-Key. Not a ticket.';

export type ProbeAnswer = 'accepted' | 'ignored' | 'unclear';

/** Runs the probe against a server; `eventId` must be an event the device scans for. */
export async function probeIdempotency(client: CaldasaClient, eventId: string): Promise<ProbeAnswer> {
  const key = `caldasa-door-probe-${crypto.randomUUID()}`;
  const body = {
    bookableEventId: eventId,
    token: `caldasa-door-idempotency-probe-${crypto.randomUUID()}`,
    door: null,
    override: false,
    notes: PROBE_NOTE,
  };
  const first = await sendRedeem(client, body, key);
  if (!first.ok) return 'unclear';
  const second = await sendRedeem(client, { ...body, notes: `${PROBE_NOTE} (second request)` }, key);
  if (second.ok) return 'ignored';
  return second.failure.kind === 'http' && second.failure.status === 422 ? 'accepted' : 'unclear';
}

const inMemory = new Map<string, boolean>();

/**
 * Whether to send keys to this server. A clear answer is stored per server; an unclear one (offline, the
 * header refused by CORS, an event not open for redeeming) means "no" for this page's life, so the queue
 * falls back to the own-attempt rule.
 */
export async function idempotencyAccepted(
  client: CaldasaClient,
  baseUrl: string,
  eventId: string,
): Promise<boolean> {
  const stored = readIdempotencySupport(baseUrl) ?? inMemory.get(baseUrl);
  if (stored !== undefined && stored !== null) return stored;
  const answer = await probeIdempotency(client, eventId);
  const accepted = answer === 'accepted';
  if (answer === 'unclear') inMemory.set(baseUrl, false);
  else writeIdempotencySupport(baseUrl, accepted);
  return accepted;
}
