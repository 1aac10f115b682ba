import { describe, expect, it } from 'vitest';
import type { RedeemAnswer } from '../../lib/scan-types';
import { lookFor } from './verdict-presentation';
import { scanStateFor, verdictFromAnswer, verdictFromSettled } from './verdict';

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

  it('is a state of its own for the scan, never "done": the relay owns it, nobody has verified it', () => {
    expect(scanStateFor(verdictFromAnswer(accepted))).toBe('relayed');
  });

  it('stays not verified in the session list once the queue has settled it', () => {
    const settled = verdictFromSettled({ state: 'relayed', result: accepted, lastError: null });
    expect(settled?.kind).toBe('accepted-offline');
    expect(lookFor(settled!)).toMatchObject({ family: 'let-in' });
  });
});
