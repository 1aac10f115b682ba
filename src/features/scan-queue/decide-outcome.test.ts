import { describe, expect, it } from 'vitest';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import { claimPatch, decideAfterSend, isOwnEarlierAttempt, type SendContext } from './decide-outcome';

const context: SendContext = {
  now: new Date('2030-05-01T19:10:00.000Z'),
  random: () => 0.5,
  userId: 'user-1',
  serverOffsetMs: 0,
};

const fact: ScanFact = {
  scanId: 'scan-1',
  token: 'T',
  eventId: 'E',
  door: 'Door A',
  override: false,
  notes: null,
  scannedAt: '2030-05-01T19:00:00.000Z',
  attempts: 1,
  firstAttemptAt: '2030-05-01T19:01:00.000Z',
  nextAttemptAt: null,
  state: 'sending',
  result: null,
  lastError: null,
  reviewedAt: null,
  source: 'camera',
};

function already(overrides: Partial<RedeemAnswer> = {}): RedeemAnswer {
  return {
    outcome: 'AlreadyRedeemed',
    ticketId: 'ticket',
    holderName: 'Ada',
    ticketTypeName: 'General',
    previouslyRedeemedAt: '2030-05-01T19:01:00.200Z',
    previouslyRedeemedByUserId: 'user-1',
    previouslyRedeemedAtDoor: 'Door A',
    message: null,
    ...overrides,
  };
}

const answered = (answer: RedeemAnswer) => ({
  ok: true as const,
  data: answer,
  response: new Response('{}'),
});

describe('the own-attempt rule', () => {
  it('counts an earlier redeem at this door, by this user, after our first attempt as ours', () => {
    expect(isOwnEarlierAttempt(fact, already(), context)).toBe(true);
    expect(decideAfterSend(fact, answered(already()), context).patch.state).toBe('done');
  });

  it('calls it a conflict when another door redeemed it', () => {
    expect(isOwnEarlierAttempt(fact, already({ previouslyRedeemedAtDoor: 'Door B' }), context)).toBe(false);
    expect(
      decideAfterSend(fact, answered(already({ previouslyRedeemedAtDoor: 'B' })), context).patch.state,
    ).toBe('conflict');
  });

  it('calls it a conflict when another user redeemed it', () => {
    expect(isOwnEarlierAttempt(fact, already({ previouslyRedeemedByUserId: 'user-2' }), context)).toBe(false);
  });

  it('calls it a conflict when it was redeemed before our first attempt', () => {
    const before = already({ previouslyRedeemedAt: '2030-05-01T19:00:30.000Z' });
    expect(isOwnEarlierAttempt(fact, before, context)).toBe(false);
  });

  it('compares on the server clock when the device clock runs ahead', () => {
    const serverBehind = { ...context, serverOffsetMs: -120_000 };
    const redeemedByUsOnServerClock = already({ previouslyRedeemedAt: '2030-05-01T18:59:00.500Z' });
    expect(isOwnEarlierAttempt(fact, redeemedByUsOnServerClock, serverBehind)).toBe(true);
    expect(isOwnEarlierAttempt(fact, redeemedByUsOnServerClock, context)).toBe(false);
  });

  it('never applies when a key covered every attempt (the server replays its own answer)', () => {
    const keyed = { ...fact, idempotencyKey: 'scan-1', keyFromFirstAttempt: true };
    expect(decideAfterSend(keyed, answered(already()), context).patch.state).toBe('conflict');
  });

  it('still applies when an earlier attempt went out without the key (the scanner tried online first)', () => {
    const keyedLater = { ...fact, idempotencyKey: 'scan-1', keyFromFirstAttempt: false };
    expect(decideAfterSend(keyedLater, answered(already()), context).patch.state).toBe('done');
  });

  it('never applies to a scan that was never attempted', () => {
    expect(isOwnEarlierAttempt({ ...fact, firstAttemptAt: null }, already(), context)).toBe(false);
  });
});

describe('queue transitions', () => {
  const failure = (status: number, retryAfter: string | null = null) => ({
    ok: false as const,
    failure: {
      kind: 'http' as const,
      status,
      retryAfter,
      message: 'm',
      problem: { type: 'about:blank', title: 'm', status },
    },
  });

  it('claims a pending scan: sending, one more attempt, first attempt time kept', () => {
    const pending = { ...fact, state: 'pending' as const };
    expect(claimPatch(pending, context.now, 'n', false)).toMatchObject({
      state: 'sending',
      attempts: 2,
      firstAttemptAt: '2030-05-01T19:01:00.000Z',
      lastAttemptAt: '2030-05-01T19:10:00.000Z',
      idempotencyKey: null,
    });
  });

  it('decides on the key once, at the first queued attempt, and keeps that decision', () => {
    const fresh = { ...fact, attempts: 0, firstAttemptAt: null };
    expect(claimPatch(fresh, context.now, 'n', true)).toMatchObject({
      idempotencyKey: 'scan-1',
      keyFromFirstAttempt: true,
    });
    expect(claimPatch(fact, context.now, 'n', true)).toMatchObject({
      idempotencyKey: 'scan-1',
      keyFromFirstAttempt: false,
    });
    expect(claimPatch(fresh, context.now, 'n', false).idempotencyKey).toBeNull();
    expect(claimPatch({ ...fact, idempotencyKey: null }, context.now, 'n', true).idempotencyKey).toBeNull();
    expect(claimPatch({ ...fact, idempotencyKey: 'k' }, context.now, 'n', false).idempotencyKey).toBe('k');
  });

  it('keeps the notes fixed from the first claim, so every retry is the same request', () => {
    expect(claimPatch({ ...fact, sentNotes: 'first' }, context.now, 'second', false).sentNotes).toBe('first');
  });

  it.each(['Redeemed'])('%s → done', (outcome) => {
    expect(decideAfterSend(fact, answered(already({ outcome })), context).patch.state).toBe('done');
  });

  it.each(['NotFound', 'WrongEvent', 'Cancelled', 'DoorsNotOpen', 'SomethingNew'])(
    '%s → refused',
    (outcome) => {
      expect(decideAfterSend(fact, answered(already({ outcome })), context).patch.state).toBe('refused');
    },
  );

  it.each([400, 403, 404, 409])('HTTP %s → refused (final)', (status) => {
    expect(decideAfterSend(fact, failure(status), context).patch).toMatchObject({ state: 'refused' });
  });

  it.each([408, 429, 500, 502, 503])('HTTP %s → pending again with a backoff', (status) => {
    const { patch } = decideAfterSend(fact, failure(status), context);
    expect(patch).toMatchObject({ state: 'pending', nextAttemptAt: '2030-05-01T19:10:00.500Z' });
  });

  it('network failure and timeout → pending again', () => {
    for (const kind of ['network', 'timeout'] as const) {
      const result = { ok: false as const, failure: { kind, message: 'down' } };
      expect(decideAfterSend(fact, result, context).patch.state).toBe('pending');
    }
  });

  it('HTTP 401 → needs-auth and the whole queue pauses', () => {
    expect(decideAfterSend(fact, failure(401), context)).toMatchObject({
      patch: { state: 'needs-auth' },
      pauseForAuth: true,
    });
  });

  it('HTTP 429 with an HTTP-date Retry-After waits until then', () => {
    const { patch } = decideAfterSend(fact, failure(429, 'Wed, 01 May 2030 19:11:00 GMT'), context);
    expect(patch.nextAttemptAt).toBe('2030-05-01T19:11:00.000Z');
  });
});
