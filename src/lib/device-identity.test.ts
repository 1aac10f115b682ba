import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceHeaders, firstScannerWords, readDeviceId } from './device-identity';
import type { RedeemAnswer } from './scan-types';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const first = (extra: Partial<RedeemAnswer>): RedeemAnswer => ({
  outcome: 'AlreadyRedeemed',
  ticketId: null,
  holderName: null,
  ticketTypeName: null,
  previouslyRedeemedAt: '2030-05-01T19:00:00Z',
  previouslyRedeemedByUserId: 'door-user',
  previouslyRedeemedAtDoor: 'North',
  message: null,
  ...extra,
});

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('device identity', () => {
  it('keeps one id per installation', () => {
    const id = readDeviceId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(readDeviceId()).toBe(id);
  });

  it('sends the id and the percent-encoded name to a server on the app’s own origin only', () => {
    vi.stubGlobal('location', { origin: 'https://relay.local:8788' });
    localStorage.setItem('caldasa-door:deviceName', JSON.stringify('Phone at Süd'));
    const headers = deviceHeaders('https://relay.local:8788/api/tickets/redeem');
    expect(headers['Caldasa-Device-Id']).toBe(readDeviceId());
    expect(headers['Caldasa-Device-Name']).toBe('Phone%20at%20S%C3%BCd');
    expect(deviceHeaders('https://api.caldasa.example/api/tenant')).toEqual({});
  });
});

describe('who scanned first, in words', () => {
  it('says "this device" only when the device id is this one', () => {
    expect(firstScannerWords(first({ previouslyRedeemedByDeviceId: 'me' }), 'door-user', 'me')).toBe(
      'this device',
    );
  });

  it('names the other device, even on the same shared sign-in', () => {
    const answer = first({
      previouslyRedeemedByDeviceId: 'other',
      previouslyRedeemedByDeviceName: 'Tablet B',
    });
    expect(firstScannerWords(answer, 'door-user', 'me')).toBe('Tablet B (same sign-in)');
    expect(firstScannerWords(answer, 'someone-else', 'me')).toBe('Tablet B');
  });

  it('never says "you" for a shared sign-in without a device id', () => {
    expect(firstScannerWords(first({}), 'door-user', 'me')).toBe('this sign-in (may be another device)');
    expect(firstScannerWords(first({}), 'admin', 'me')).toBe('another device or sign-in');
  });
});
