/** The venue's offline policy: what staff do with a guest whose ticket could not be verified. */
import { readSetting, writeSetting } from './local-settings';

export type OfflinePolicy = 'admit' | 'hold';
const KEY = 'offlinePolicy';

export function parseOfflinePolicy(raw: unknown): OfflinePolicy | null {
  return raw === 'admit' || raw === 'hold' ? raw : null;
}

export function readOfflinePolicy(): OfflinePolicy {
  return readSetting(KEY, parseOfflinePolicy) ?? 'admit';
}

export function writeOfflinePolicy(policy: OfflinePolicy): void {
  writeSetting(KEY, policy);
}
