/**
 * Device identity at the relay: each app installation sends `Caldasa-Device-Id` and a percent-encoded
 * `Caldasa-Device-Name` (openapi/relay.yaml). The relay keeps the last contact, door and sign-in of each.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RelayDb } from './ledger-db.ts';

export interface Device {
  id: string;
  name: string;
}

const ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
const NAME_MAX = 60;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The device a request comes from, or null when it does not say (another client, or a malformed id). */
export function deviceFrom(headers: IncomingHttpHeaders): Device | null {
  const id = header(headers, 'caldasa-device-id');
  if (!id || !ID_PATTERN.test(id)) return null;
  let name = header(headers, 'caldasa-device-name') ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    name = '';
  }
  // Control characters would garble the CSV and the door lead's page.
  const clean = Array.from(name)
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, NAME_MAX);
  return { id, name: clean || `Device ${id.slice(0, 8)}` };
}

export type Devices = ReturnType<typeof createDevices>;

export function createDevices(db: RelayDb) {
  const touch =
    db.prepare(`INSERT INTO devices (device_id, device_name, tenant_id, sign_in_name, door, last_seen)
    VALUES (@id, @name, @tenantId, @signInName, @door, @at) ON CONFLICT (device_id) DO UPDATE SET
      device_name = excluded.device_name, tenant_id = COALESCE(excluded.tenant_id, tenant_id),
      sign_in_name = COALESCE(excluded.sign_in_name, sign_in_name), door = COALESCE(excluded.door, door),
      last_seen = excluded.last_seen`);
  /** What was last written for each device, and when. */
  const written = new Map<string, { at: number; facts: string }>();
  return {
    /**
     * Records contact: at most once a second per device, unless something it says changed (its name, door
     * or sign-in). A busy door scans several times a second; one write per scan was the largest cost of a
     * forwarded redeem after the upstream call itself.
     */
    seen(device: Device, tenantId: string | null, signInName: string | null, door: string | null): void {
      const now = Date.now();
      const facts = JSON.stringify([device.name, tenantId, signInName, door]);
      const last = written.get(device.id);
      if (last && now - last.at < 1_000 && now >= last.at && (door === null || last.facts === facts)) return;
      written.set(device.id, { at: now, facts });
      touch.run({ ...device, tenantId, signInName, door, at: new Date(now).toISOString() });
    },
  };
}
