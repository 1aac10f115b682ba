/**
 * The simulated venue: ten door devices (distinct ids, five doors, four door sign-ins shared between them)
 * firing scans open-loop at the arrival rate, with a share of tickets shown again at another door a few
 * seconds later (a screenshot passed between friends).
 */
import { send } from './http.ts';

export interface DoorDevice {
  id: string;
  name: string;
  door: string;
  token: string;
}

export interface ScanRecord {
  ticket: string;
  device: DoorDevice;
  phase: string;
  via: 'relay' | 'direct';
  status: number;
  outcome: string | null;
  ms: number;
  /** The relay's own work on a forwarded scan, from its Server-Timing header. */
  relayMs: number | null;
}

/** Ten devices on five doors; sign-ins shared 3 + 3 + 2 + 2, as venues share door tokens. */
export function makeDevices(tokens: string[]): DoorDevice[] {
  const shares = [0, 0, 0, 1, 1, 1, 2, 2, 3, 3];
  return shares.map((share, i) => ({
    id: `bench-device-${i}`,
    name: `Bench phone ${i}`,
    door: `Door ${String.fromCharCode(65 + (i % 5))}`,
    token: tokens[share]!,
  }));
}

export function headersFor(device: DoorDevice): Record<string, string> {
  return {
    authorization: `Bearer ${device.token}`,
    'caldasa-device-id': device.id,
    'caldasa-device-name': encodeURIComponent(device.name),
    'content-type': 'application/json',
  };
}

export async function redeem(
  apiUrl: string,
  via: ScanRecord['via'],
  device: DoorDevice,
  eventId: string,
  ticket: string,
  phase: string,
): Promise<ScanRecord> {
  const body = JSON.stringify({ bookableEventId: eventId, token: ticket, door: device.door });
  const answer = await send('POST', `${apiUrl}/tickets/redeem`, headersFor(device), body);
  let outcome: string | null = null;
  try {
    const parsed: unknown = JSON.parse(answer.text);
    if (parsed && typeof parsed === 'object' && 'outcome' in parsed) outcome = String(parsed.outcome);
  } catch {
    outcome = null;
  }
  const timing = /relay;dur=([\d.]+)/.exec(answer.serverTiming ?? '');
  const relayMs = timing ? Number(timing[1]) : null;
  return { ticket, device, phase, via, status: answer.status, outcome, ms: answer.ms, relayMs };
}

export interface Arrivals {
  perSecond: number;
  seconds: number;
  duplicateShare: number;
  /** Fires one scan; its promise is collected. */
  fire: (ticket: string, device: DoorDevice) => Promise<ScanRecord>;
}

/** Runs one phase of arrivals; resolves when every scan it fired (duplicates included) has an answer. */
export async function runArrivals(
  devices: DoorDevice[],
  tickets: string[],
  arrivals: Arrivals,
): Promise<ScanRecord[]> {
  const pending: Array<Promise<ScanRecord>> = [];
  const total = Math.round(arrivals.perSecond * arrivals.seconds);
  const started = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / arrivals.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const ticket = tickets.pop();
    if (!ticket) break;
    const device = devices[i % devices.length]!;
    pending.push(arrivals.fire(ticket, device));
    if (Math.random() < arrivals.duplicateShare) {
      const other = devices[(i + 1 + Math.floor(Math.random() * 4)) % devices.length]!;
      const later = 500 + Math.random() * 3_500;
      pending.push(
        new Promise((resolve) => setTimeout(resolve, later)).then(() => arrivals.fire(ticket, other)),
      );
    }
  }
  return Promise.all(pending);
}
