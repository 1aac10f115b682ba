import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '../../lib/api/api-client';
import type { RedeemAnswer } from '../../lib/scan-types';
import { scanStateFor, verdictFromAnswer, verdictFromFailure, verdictFromSettled } from './verdict';

function answer(outcome: string, extra: Partial<RedeemAnswer> = {}): RedeemAnswer {
  return {
    outcome,
    ticketId: null,
    holderName: null,
    ticketTypeName: null,
    previouslyRedeemedAt: null,
    previouslyRedeemedByUserId: null,
    previouslyRedeemedAtDoor: null,
    message: null,
    ...extra,
  };
}

function http(status: number, retryAfter: string | null = null): ApiFailure {
  const problem = { type: 'about:blank', title: `Status ${status}`, status };
  return { kind: 'http', status, problem, retryAfter, message: `Status ${status}` };
}

describe('verdictFromAnswer', () => {
  it('says the wrong-event refusal once, naming the event when the server does', () => {
    const message = 'This ticket is for another event: Gala night.';
    const verdict = verdictFromAnswer(answer('WrongEvent', { message }));
    expect(verdict).toMatchObject({ kind: 'refused', reason: 'wrong-event', message });
  });

  it('settles a queued scan the own-attempt rule admitted as admitted, a conflict as already used', () => {
    const result = answer('AlreadyRedeemed', { previouslyRedeemedAtDoor: 'West Gate' });
    expect(verdictFromSettled({ state: 'done', result, lastError: null })?.kind).toBe('admitted');
    expect(verdictFromSettled({ state: 'conflict', result, lastError: null })?.kind).toBe('already-used');
    expect(verdictFromSettled({ state: 'pending', result: null, lastError: 'Down' })).toBeNull();
  });

  it('admits a redeemed ticket and marks the scan done', () => {
    const verdict = verdictFromAnswer(answer('Redeemed', { holderName: 'Ada' }));
    expect(verdict).toMatchObject({ kind: 'admitted', answer: { holderName: 'Ada' } });
    expect(scanStateFor(verdict)).toBe('done');
  });

  it('reports an already used ticket as refused in the journal', () => {
    const verdict = verdictFromAnswer(answer('AlreadyRedeemed', { previouslyRedeemedAtDoor: 'B' }));
    expect(verdict.kind).toBe('already-used');
    expect(scanStateFor(verdict)).toBe('refused');
  });

  it('keeps doors-not-open apart so it can be overridden', () => {
    expect(verdictFromAnswer(answer('DoorsNotOpen')).kind).toBe('doors-not-open');
  });

  it.each([
    ['NotFound', 'not-found', 'Unknown ticket'],
    ['WrongEvent', 'wrong-event', 'another event'],
    ['Cancelled', 'cancelled', 'cancelled'],
  ])('words the %s refusal', (outcome, reason, words) => {
    const verdict = verdictFromAnswer(answer(outcome));
    expect(verdict).toMatchObject({ kind: 'refused', reason, message: expect.stringContaining(words) });
  });

  it('shows the server message for an outcome it does not know', () => {
    const verdict = verdictFromAnswer(answer('Expired', { message: 'Ticket expired yesterday' }));
    expect(verdict).toMatchObject({
      kind: 'refused',
      reason: 'unknown',
      message: 'Ticket expired yesterday',
    });
    expect(verdictFromAnswer(answer('Expired'))).toMatchObject({
      message: expect.stringContaining('Expired'),
    });
  });
});

describe('verdictFromFailure', () => {
  it.each<[string, ApiFailure]>([
    ['a network failure', { kind: 'network', message: 'offline' }],
    ['a timeout', { kind: 'timeout', message: 'slow' }],
    ['a 500', http(500)],
    ['a 503', http(503)],
  ])('keeps %s as not verified and pending', (_name, failure) => {
    const verdict = verdictFromFailure(failure);
    expect(verdict.kind).toBe('not-verified');
    expect(scanStateFor(verdict)).toBe('pending');
  });

  it('keeps Retry-After of a 429 for the queue', () => {
    expect(verdictFromFailure(http(429, '7'))).toMatchObject({ kind: 'not-verified', retryAfter: '7' });
  });

  it('asks to sign in again on 401 and keeps the scan waiting for it', () => {
    const verdict = verdictFromFailure(http(401));
    expect(verdict.kind).toBe('needs-auth');
    expect(scanStateFor(verdict)).toBe('needs-auth');
  });

  it.each([400, 404, 409, 422])('refuses for good on %i', (status) => {
    const verdict = verdictFromFailure(http(status));
    expect(verdict).toMatchObject({ kind: 'refused', reason: 'rejected' });
    expect(scanStateFor(verdict)).toBe('refused');
  });
});
