import { describe, expect, it } from 'vitest';
import { vRelayRedemptionResultDto } from './relay-door.schemas.gen';
import { vPublicTicketOrdersResponse } from './caldasa.schemas.gen';
import { fallback, number, readWith, tolerant } from './tolerant-schema';

const answer = {
  outcome: 'Redeemed',
  ticketId: 'e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f',
  holderName: 'Ada Lovelace',
  ticketTypeName: 'VIP',
  previouslyRedeemedAt: null,
  previouslyRedeemedByUserId: null,
  previouslyRedeemedAtDoor: null,
  message: null,
  relayScanId: null,
  previouslyRedeemedByDeviceId: null,
  previouslyRedeemedByDeviceName: null,
};

describe('the tolerant reading of a generated schema', () => {
  const redeem = tolerant(vRelayRedemptionResultDto);

  it('drops fields the contract does not name', () => {
    expect(readWith(redeem, { ...answer, seat: 'A1' })).toEqual(answer);
  });

  it('keeps an enum value the contract does not list, as the server sent it', () => {
    expect(readWith(redeem, { ...answer, outcome: 'Quarantined' })?.outcome).toBe('Quarantined');
  });

  it('reads an absent or mistyped nullable field as null', () => {
    const { holderName: _, ...withoutHolder } = answer;
    expect(readWith(redeem, withoutHolder)?.holderName).toBeNull();
    expect(readWith(redeem, { ...answer, ticketTypeName: 42 })?.ticketTypeName).toBeNull();
  });

  it('does not check formats: an id that is not a uuid is still read', () => {
    expect(readWith(redeem, { ...answer, ticketId: 'k1' })?.ticketId).toBe('k1');
  });

  it('refuses an answer without a required field, or of the wrong type', () => {
    expect(readWith(redeem, { ...answer, outcome: undefined })).toBeNull();
    expect(readWith(redeem, { ...answer, outcome: 7 })).toBeNull();
    expect(readWith(redeem, 'Redeemed')).toBeNull();
  });

  it('refuses a whole list when one item in it is unreadable', () => {
    const page = tolerant(vPublicTicketOrdersResponse);
    expect(readWith(page, { items: [{ id: 'o1' }], page: 1, pageSize: 25, totalCount: 1 })).toBeNull();
    expect(readWith(page, { items: [], page: 1, pageSize: 25, totalCount: 0 })?.items).toEqual([]);
  });

  it('reads only the picked fields, with overrides in place of the contract', () => {
    const picked = tolerant(vRelayRedemptionResultDto, {
      pick: ['outcome'],
      override: { attempts: fallback(number(), 1) },
    });
    expect(readWith(picked, answer)).toEqual({ outcome: 'Redeemed', attempts: 1 });
  });
});
