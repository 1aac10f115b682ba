import { describe, expect, it } from 'vitest';
import { parseRedeemAnswer } from './redeem';

describe('parseRedeemAnswer', () => {
  it('reads a documented answer field by field', () => {
    const answer = parseRedeemAnswer({
      outcome: 'AlreadyRedeemed',
      ticketId: 'e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f',
      holderName: 'Ada Lovelace',
      ticketTypeName: 'VIP',
      previouslyRedeemedAt: '2026-11-26T19:42:00Z',
      previouslyRedeemedByUserId: '81e7946a-e66f-4c95-bbea-7fb0ce0204f5',
      previouslyRedeemedAtDoor: 'B',
      message: 'Already used',
    });
    expect(answer).toMatchObject({
      outcome: 'AlreadyRedeemed',
      holderName: 'Ada Lovelace',
      previouslyRedeemedAtDoor: 'B',
    });
  });

  it('keeps an outcome it does not know, so the screen can show it as it came', () => {
    expect(parseRedeemAnswer({ outcome: 'Quarantined', message: 'Ask a supervisor' })).toMatchObject({
      outcome: 'Quarantined',
      message: 'Ask a supervisor',
      holderName: null,
    });
  });

  it('treats fields of the wrong type as absent and an answer without an outcome as unreadable', () => {
    expect(parseRedeemAnswer({ outcome: 'Redeemed', holderName: 42 })?.holderName).toBeNull();
    expect(parseRedeemAnswer({ holderName: 'Ada' })).toBeNull();
    expect(parseRedeemAnswer('Redeemed')).toBeNull();
    expect(parseRedeemAnswer(null)).toBeNull();
  });
});
