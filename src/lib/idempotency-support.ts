/**
 * What this device knows about a server's support for `Idempotency-Key` on redeem. The sync queue finds
 * out (it probes once per server) and writes it here; the live check-in only reads it. Unknown means no.
 */
import { parsers, readSetting, writeSetting } from './local-settings';

const settingKey = (baseUrl: string) => `scanQueue.idempotency:${baseUrl}`;

/** The stored answer for this server, or null when it was never settled. */
export function readIdempotencySupport(baseUrl: string): boolean | null {
  return readSetting(settingKey(baseUrl), parsers.boolean);
}

export function writeIdempotencySupport(baseUrl: string, accepted: boolean): void {
  writeSetting(settingKey(baseUrl), accepted);
}
