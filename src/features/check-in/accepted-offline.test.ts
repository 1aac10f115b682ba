import { describe, expect, it } from 'vitest';
import type { RedeemAnswer } from '../../lib/scan-types';
import { lookFor } from './verdict-presentation';
import { scanStateFor, verdictFromAnswer } from './verdict';

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

describe("the venue relay's AcceptedOffline outcome", () => {
  it('is a let-in verdict in the not-verified colour, with words that say it is not verified', () => {
    const verdict = verdictFromAnswer(accepted);
    expect(verdict.kind).toBe('accepted-offline');
    expect(lookFor(verdict)).toMatchObject({
      family: 'let-in',
      title: 'First scan at this venue — not verified',
    });
  });

  it('is a final state for the scan: the relay owns it now', () => {
    expect(scanStateFor(verdictFromAnswer(accepted))).toBe('done');
  });
});
