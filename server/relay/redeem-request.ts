/**
 * Reads a redeem request at the relay (the relay is a pass-through, so the full check stays upstream's;
 * the relay needs only what its ledger keys on), and builds the body it sends upstream, forwarded or
 * replayed: the original fields with the time the relay got the scan, the door and the device in `notes`,
 * so upstream's audit log keeps the truth even when the scan reaches it later. A forward and its replay
 * send the very same body, so one Idempotency-Key covers both.
 */
import { createHash } from 'node:crypto';
import { invalid } from '../problems.ts';

export interface RedeemRequest {
  bookableEventId: string;
  token: string;
  door: string | null;
  override: boolean;
  notes: string | null;
}

const NOTES_MAX = 1000;

function optionalText(value: unknown, max: number): string | null | false {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && value.length <= max ? value : false;
}

/** The redeem body, or null when it is not one (upstream explains why, or the relay does offline). */
export function readRedeemRequest(body: unknown): RedeemRequest | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const record: Record<string, unknown> = { ...body };
  const { bookableEventId, token, override } = record;
  const door = optionalText(record.door, 100);
  const notes = optionalText(record.notes, NOTES_MAX);
  if (typeof bookableEventId !== 'string' || !/^[0-9a-f-]{36}$/i.test(bookableEventId)) return null;
  if (typeof token !== 'string' || token.length < 1 || token.length > 512) return null;
  if (door === false || notes === false) return null;
  if (override !== undefined && typeof override !== 'boolean') return null;
  return { bookableEventId, token, door, override: override === true, notes };
}

/** The 400 the relay gives offline for a body it cannot read. */
export function unreadableRedeem() {
  return invalid({
    body: [
      'Send bookableEventId (a UUID) and token (1 to 512 characters), with optional door, override and notes.',
    ],
  });
}

/** A fingerprint of the request, so a reused Idempotency-Key with another body is refused. */
export function requestHash(request: RedeemRequest): string {
  const canonical = JSON.stringify([
    request.bookableEventId,
    request.token,
    request.door,
    request.override,
    request.notes,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The body sent upstream for a scan, the same on every attempt. */
export function upstreamBody(request: RedeemRequest, scannedAt: string, deviceName: string | null): string {
  const where = request.door ? ` at ${request.door}` : '';
  const origin = `Scanned ${scannedAt}${where} on ${deviceName ?? 'an unnamed device'}, through the venue relay`;
  const notes = (request.notes ? `${request.notes} · ${origin}` : origin).slice(0, NOTES_MAX);
  return JSON.stringify({ ...request, notes });
}
