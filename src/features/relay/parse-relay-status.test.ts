import { describe, expect, it } from 'vitest';
import { parseRelayStatus } from './parse-relay-status';

const side = {
  scannedAt: '2030-05-01T19:00:00Z',
  door: 'North',
  deviceId: 'a',
  deviceName: 'Phone A',
  signIn: 'Door',
};

describe('parseRelayStatus', () => {
  it('reads a status as the relay sends it', () => {
    const status = parseRelayStatus({
      generatedAt: '2030-05-01T19:05:00Z',
      upstream: {
        url: 'http://x/api',
        state: 'down',
        since: '2030-05-01T19:00:00Z',
        lastProbeAt: null,
        nextProbeAt: null,
        idempotencyHonoured: true,
      },
      replay: {
        waiting: 3,
        confirmed: 1,
        conflicts: 1,
        refusedAfterEntry: 0,
        running: false,
        lastError: null,
      },
      problems: [
        {
          scanId: 's',
          eventId: 'e',
          state: 'conflict',
          outcome: 'AlreadyRedeemed',
          holderName: 'Ada',
          venue: side,
          upstream: { ...side, door: 'Side' },
          message: null,
        },
      ],
      doors: [{ door: 'North', scans: 4, admitted: 3 }],
      devices: [
        {
          deviceId: 'a',
          deviceName: 'Phone A',
          door: 'North',
          signIn: 'Door',
          lastSeen: '2030-05-01T19:04:00Z',
        },
      ],
    });
    expect(status?.upstream.state).toBe('down');
    expect(status?.replay.waiting).toBe(3);
    expect(status?.problems[0]?.upstream.door).toBe('Side');
    expect(status?.doors).toEqual([{ door: 'North', scans: 4, admitted: 3 }]);
  });

  it('refuses an answer that is not a relay status (a plain Caldasa API)', () => {
    expect(parseRelayStatus({ type: 'about:blank', status: 404 })).toBeNull();
    expect(parseRelayStatus('nope')).toBeNull();
  });
});
