/**
 * Whether this server is known to honour `Idempotency-Key` on redeem. The scan queue probes the server and
 * stores the answer under this setting; the live path only reads it, so a scan whose answer was lost can
 * be resent by the queue with the same key and get the stored first answer. Unknown means no key.
 */
import { parsers, readSetting } from '../../lib/local-settings';

export function serverHonoursIdempotencyKey(baseUrl: string): boolean {
  return readSetting(`scanQueue.idempotency:${baseUrl}`, parsers.boolean) === true;
}
