import { describe, expect, it } from 'vitest';
import type { ScanFact } from '../../lib/scan-types';
import { addNews, conflictNewsWords, newConflicts } from './conflict-notice';

function conflict(scanId: string, door: string | null, reviewedAt: string | null = null): ScanFact {
  return {
    scanId,
    token: `t-${scanId}`,
    eventId: 'e',
    door: 'North',
    override: false,
    notes: null,
    scannedAt: '2030-05-01T19:00:00.000Z',
    attempts: 1,
    firstAttemptAt: null,
    nextAttemptAt: null,
    state: 'conflict',
    result: {
      outcome: 'AlreadyRedeemed',
      ticketId: null,
      holderName: null,
      ticketTypeName: null,
      previouslyRedeemedAt: null,
      previouslyRedeemedByUserId: null,
      previouslyRedeemedAtDoor: door,
      message: null,
    },
    lastError: null,
    reviewedAt,
    source: 'camera',
  };
}

describe('the conflict notice', () => {
  it('tells each new conflict once, in plain words', () => {
    const known = new Set(['old']);
    const first = newConflicts(known, [conflict('old', 'A'), conflict('c1', 'West Gate')]);
    expect(conflictNewsWords(addNews(null, first)!)).toBe('1 earlier scan was already used at West Gate');
    expect(newConflicts(known, [conflict('old', 'A'), conflict('c1', 'West Gate')])).toEqual([]);
  });

  it('adds up conflicts until dismissed, naming each door once', () => {
    const news = addNews(addNews(null, [conflict('a', 'West Gate')]), [
      conflict('b', 'Side'),
      conflict('c', null),
    ]);
    expect(conflictNewsWords(news!)).toBe(
      '3 earlier scans were already used at West Gate, Side and another door',
    );
  });

  it('does not announce a conflict someone already marked reviewed', () => {
    expect(newConflicts(new Set(), [conflict('r', 'A', '2030-05-01T19:05:00.000Z')])).toEqual([]);
  });
});
