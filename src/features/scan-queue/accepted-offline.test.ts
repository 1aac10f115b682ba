import { describe, expect, it } from 'vitest';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import { decideAfterSend } from './decide-outcome';
import { scanStatusWords, stateWords } from './format';

const accepted: RedeemAnswer = {
  outcome: 'AcceptedOffline',
  ticketId: null,
  holderName: null,
  ticketTypeName: null,
  previouslyRedeemedAt: null,
  previouslyRedeemedByUserId: null,
  previouslyRedeemedAtDoor: null,
  message: 'First scan at this venue — not verified.',
};

describe("the queue and the venue relay's AcceptedOffline outcome", () => {
  it('leaves nothing for this device to send: the relay owns the scan now', () => {
    const queued: ScanFact = {
      scanId: 's',
      token: 't',
      eventId: 'e',
      door: 'North',
      override: false,
      notes: null,
      scannedAt: '2030-05-01T19:00:00Z',
      attempts: 1,
      firstAttemptAt: '2030-05-01T19:00:00Z',
      nextAttemptAt: null,
      state: 'sending',
      result: null,
      lastError: null,
      reviewedAt: null,
      source: 'camera',
    };
    const decision = decideAfterSend(
      queued,
      { ok: true, data: accepted, response: new Response('{}') },
      { now: new Date(), random: () => 0.5, userId: 'u', serverOffsetMs: 0 },
    );
    expect(decision.patch).toMatchObject({ state: 'relayed', nextAttemptAt: null, result: accepted });
    // The queue says who let the guest in and that nobody has verified it, never "Admitted (verified)".
    const words = scanStatusWords({ ...queued, ...decision.patch });
    expect(words).toBe('Let in by the venue relay (not yet verified)');
    expect(stateWords('relayed')).not.toBe(stateWords('done'));
  });
});
