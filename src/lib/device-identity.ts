/**
 * This installation of the app: a random id kept in local settings (one per browser profile, so two tabs
 * of one phone are one device) and the readable name staff set in Settings. Both travel with every API
 * request to a server on the app's own origin (the venue relay records which device made each scan), and
 * they let screens say "this device" only when it really was this device: a shared door sign-in is not a
 * device.
 */
import type { RedeemAnswer } from './scan-types';
import { parsers, readSetting, writeSetting } from './local-settings';
import { readDeviceName } from './scan-journal';
import { defineMessages, t } from './i18n';

const messages = defineMessages({
  thisDevice: { id: 'who.thisDevice', defaultMessage: 'this device' },
  anotherDevice: { id: 'who.anotherDevice', defaultMessage: 'another device' },
  sameSignIn: { id: 'who.sameSignIn', defaultMessage: '{name} (same sign-in)' },
  thisSignIn: { id: 'who.thisSignIn', defaultMessage: 'this sign-in (may be another device)' },
  other: { id: 'who.other', defaultMessage: 'another device or sign-in' },
});

const DEVICE_ID_KEY = 'deviceId';
const ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

export const DEVICE_ID_HEADER = 'Caldasa-Device-Id';
export const DEVICE_NAME_HEADER = 'Caldasa-Device-Name';

/** This installation's id, created on first use. */
export function readDeviceId(): string {
  const stored = readSetting(DEVICE_ID_KEY, parsers.string);
  if (stored && ID_PATTERN.test(stored)) return stored;
  const created = crypto.randomUUID();
  writeSetting(DEVICE_ID_KEY, created);
  return created;
}

export interface DeviceIdentity {
  id: string;
  name: string;
}

export function deviceIdentity(): DeviceIdentity {
  return { id: readDeviceId(), name: readDeviceName() };
}

/**
 * The identity headers for a request, or none when the API is on another origin: a cross-origin server
 * would have to allow these headers in its CORS preflight, and the Caldasa API need not. The relay serves
 * the app on its own origin, so the devices that use it always send them.
 */
export function deviceHeaders(requestUrl: string): Record<string, string> {
  const origin = globalThis.location?.origin;
  if (!origin || new URL(requestUrl, origin).origin !== origin) return {};
  const { id, name } = deviceIdentity();
  return { [DEVICE_ID_HEADER]: id, [DEVICE_NAME_HEADER]: encodeURIComponent(name) };
}

/**
 * Who made the first scan, in words for the door: this device, a named device (from the venue relay),
 * "this sign-in (may be another device)" when only the shared sign-in matches, or the other user.
 */
export function firstScannerWords(
  answer: RedeemAnswer,
  currentUserId: string | null,
  deviceId: string,
): string {
  const sameSignIn = currentUserId !== null && answer.previouslyRedeemedByUserId === currentUserId;
  if (answer.previouslyRedeemedByDeviceId) {
    if (answer.previouslyRedeemedByDeviceId === deviceId) return t(messages.thisDevice);
    const name = answer.previouslyRedeemedByDeviceName ?? t(messages.anotherDevice);
    return sameSignIn ? t(messages.sameSignIn, { name }) : name;
  }
  if (sameSignIn) return t(messages.thisSignIn);
  // Caldasa names the other scanner only by a user id, which means nothing to door staff.
  return t(messages.other);
}
