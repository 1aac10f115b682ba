/**
 * The answers the relay gives on its own, when upstream cannot: AcceptedOffline for the first scan of a
 * ticket at this venue, AlreadyRedeemed (with the first scan's time, door and device) for any later one.
 * Shapes come from openapi/relay.yaml.
 */
import type { components } from '../../src/lib/api/relay.gen.ts';
import type { ScanInput, ScanRow } from './ledger.ts';

export type RedeemAnswer = components['schemas']['RelayRedemptionResultDto'];

function knownFromUpstream(scan: ScanRow): Pick<RedeemAnswer, 'ticketId' | 'holderName' | 'ticketTypeName'> {
  const answer = parseStoredAnswer(scan.answer);
  return {
    ticketId: answer?.ticketId ?? null,
    holderName: answer?.holderName ?? null,
    ticketTypeName: answer?.ticketTypeName ?? null,
  };
}

/** The first scan at this venue while upstream is unreachable: let in, not verified. */
export function acceptedOfflineAnswer(scan: ScanInput): RedeemAnswer {
  return {
    outcome: 'AcceptedOffline',
    ticketId: null,
    holderName: null,
    ticketTypeName: null,
    previouslyRedeemedAt: null,
    previouslyRedeemedByUserId: null,
    previouslyRedeemedAtDoor: null,
    message:
      'First scan at this venue — not verified. The venue relay sends it to Caldasa when the API answers again.',
    relayScanId: scan.scanId,
    previouslyRedeemedByDeviceId: null,
    previouslyRedeemedByDeviceName: null,
  };
}

/** A ticket the venue already admitted (online or offline, any device). */
export function repeatAnswer(first: ScanRow, scanId: string): RedeemAnswer {
  const where = first.door ? ` at ${first.door}` : '';
  const device = first.deviceName ? ` on ${first.deviceName}` : '';
  return {
    outcome: 'AlreadyRedeemed',
    ...knownFromUpstream(first),
    previouslyRedeemedAt: first.scannedAt,
    previouslyRedeemedByUserId: first.userId,
    previouslyRedeemedAtDoor: first.door,
    message: `First scanned at this venue ${first.scannedAt}${where}${device} (venue relay's record).`,
    relayScanId: scanId,
    previouslyRedeemedByDeviceId: first.deviceId,
    previouslyRedeemedByDeviceName: first.deviceName,
  };
}

export interface StoredAnswer {
  outcome: string | null;
  ticketId: string | null;
  holderName: string | null;
  ticketTypeName: string | null;
  previouslyRedeemedAt: string | null;
  previouslyRedeemedByUserId: string | null;
  previouslyRedeemedAtDoor: string | null;
  message: string | null;
}

/** An answer stored in the ledger (ours or upstream's), read back defensively. */
export function parseStoredAnswer(text: string | null): StoredAnswer | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return null;
    const record: Record<string, unknown> = { ...value };
    const read = (key: string) => (typeof record[key] === 'string' ? String(record[key]) : null);
    return {
      outcome: read('outcome'),
      ticketId: read('ticketId'),
      holderName: read('holderName'),
      ticketTypeName: read('ticketTypeName'),
      previouslyRedeemedAt: read('previouslyRedeemedAt'),
      previouslyRedeemedByUserId: read('previouslyRedeemedByUserId'),
      previouslyRedeemedAtDoor: read('previouslyRedeemedAtDoor'),
      message: read('message'),
    };
  } catch {
    return null;
  }
}
