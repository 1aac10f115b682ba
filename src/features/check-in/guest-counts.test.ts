import { describe, expect, it } from 'vitest';
import { addGuest, countGuests, settleGuest, type Guest } from './guest-counts';
import type { VerdictKind } from './verdict';

let ids = 0;
function scans(...steps: Array<[token: string, kind: VerdictKind]>): Guest[] {
  return steps.reduce<Guest[]>(
    (guests, [token, kind]) => addGuest(guests, { scanId: `s${++ids}`, token, kind }),
    [],
  );
}

describe('counting guests by final outcome', () => {
  it('counts a doors-not-open guest let in with an override once, as admitted', () => {
    expect(countGuests(scans(['t1', 'doors-not-open'], ['t1', 'admitted']))).toEqual({
      admitted: 1,
      alreadyUsed: 0,
      refused: 0,
      unverified: 0,
    });
  });

  it('keeps a doors-not-open guest who was not let in as refused', () => {
    expect(countGuests(scans(['t1', 'doors-not-open'], ['t2', 'admitted']))).toMatchObject({
      admitted: 1,
      refused: 1,
    });
  });

  it('counts "already used" and a repeat on this device on their own, not as refused', () => {
    const counts = countGuests(
      scans(['t1', 'admitted'], ['t1', 'already-used'], ['t2', 'not-verified'], ['t2', 'repeat-on-device']),
    );
    expect(counts).toEqual({ admitted: 1, alreadyUsed: 2, refused: 0, unverified: 1 });
  });

  it('counts an admitted ticket scanned again as two guests: one in, one stopped', () => {
    expect(countGuests(scans(['t1', 'admitted'], ['t1', 'already-used']))).toMatchObject({
      admitted: 1,
      alreadyUsed: 1,
    });
  });

  it('moves a guest from not verified to what the queue learned from the server', () => {
    const guests = scans(['t1', 'not-verified'], ['t2', 'not-verified']);
    const settled = settleGuest(
      settleGuest(guests, guests[0]!.scanId, 'admitted'),
      guests[1]!.scanId,
      'already-used',
    );
    expect(countGuests(settled)).toEqual({ admitted: 1, alreadyUsed: 1, refused: 0, unverified: 0 });
  });

  it('counts a real refusal (unknown ticket) as refused', () => {
    expect(countGuests(scans(['x', 'refused'])).refused).toBe(1);
  });
});
