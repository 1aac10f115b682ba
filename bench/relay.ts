/**
 * `npm run bench:relay`: a venue night through the relay. Ten door devices (distinct ids, shared door
 * sign-ins) scan at 50 scans/s; 10% of tickets come back at another door within seconds. The relay's
 * upstream line is cut through a TCP fault proxy for an outage of 30 simulated minutes compressed into
 * 30 s of real time (so 50 scans/s of real load), then restored. Prints double admissions across devices,
 * scans lost, scans replayed exactly once, the replay rate, the relay's offline verdict latency, and its
 * added latency online against the same upstream path without the relay, measured in the same run.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../tests/support/fault-proxy.ts';
import { sandboxApi } from '../tests/support/sandbox-api.ts';
import { closeAgent, percentile, send } from './relay-lib/http.ts';
import { startChild, stopChild } from './relay-lib/processes.ts';
import { headersFor, makeDevices, redeem, runArrivals, type ScanRecord } from './relay-lib/venue.ts';

const RATE = 50;
const OUTAGE_SECONDS = 30;
const ONLINE_SECONDS = 30;
const SIMULATED_OUTAGE_MINUTES = 30;
const DUPLICATES = 0.1;
const LET_IN = new Set(['Redeemed', 'AcceptedOffline']);

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const dirs = [mkdtempSync(join(tmpdir(), 'bench-relay-up-')), mkdtempSync(join(tmpdir(), 'bench-relay-'))];
const sandbox = await startChild('bench/lib/sandbox-child.ts', [dirs[0]!]);
const proxy = await startFaultProxy(sandbox.info.apiUrl!);
const relay = await startChild('server/relay/relay-child.ts', [proxy.url, dirs[1]!]);
const relayApi = relay.info.apiUrl!;
const api = sandboxApi({ apiUrl: sandbox.info.apiUrl!, adminToken: sandbox.info.adminToken! });

const { eventId, ticketTypeId } = await api.openEvent({ name: 'Bench venue night', capacity: 100000 });
await fetch(`${sandbox.info.apiUrl}/events/${eventId}/ticket-types/${ticketTypeId}`, {
  method: 'PATCH',
  headers: { authorization: `Bearer ${sandbox.info.adminToken}`, 'content-type': 'application/json' },
  body: JSON.stringify({ quantity: 100000 }),
});
const tickets: string[] = [];
const ticketIds = new Map<string, string>();
for (let i = 0; i < 100; i += 1) {
  for (const t of (await api.purchase(eventId, ticketTypeId, 50, `Guest ${i}`)).tickets) {
    tickets.push(t.token);
    ticketIds.set(t.ticketId, t.token);
  }
}
const tokens = await Promise.all(
  [1, 2, 3, 4].map(async (n) => (await api.createToken('Door', `Door sign-in ${n}`)).token),
);
const devices = makeDevices(tokens);
for (const device of devices) await send('GET', `${relayApi}/tenant`, headersFor(device));
console.log(
  `Relay ${relayApi} → fault proxy ${proxy.url} → sandbox; ${devices.length} devices, ${tickets.length} tickets.`,
);

// 1. Online, same run: each scan alternately through the relay or straight to the same upstream path.
// 30 s gives 750 scans a path, so each p99 stands on 7 or 8 scans rather than 2 or 3.
let flip = false;
const online = await runArrivals(devices, tickets, {
  perSecond: RATE,
  seconds: ONLINE_SECONDS,
  duplicateShare: 0,
  fire: (ticket, device) => {
    flip = !flip;
    return redeem(flip ? relayApi : proxy.url, flip ? 'relay' : 'direct', device, eventId, ticket, 'online');
  },
});
const venue = (phase: string, seconds: number) =>
  runArrivals(devices, tickets, {
    perSecond: RATE,
    seconds,
    duplicateShare: DUPLICATES,
    fire: (ticket, device) => redeem(relayApi, 'relay', device, eventId, ticket, phase),
  });
const before = await venue('before', 5);
proxy.cut();
console.log(
  `Upstream cut: ${SIMULATED_OUTAGE_MINUTES} simulated minutes in ${OUTAGE_SECONDS} s at ${RATE} scans/s.`,
);
const outage = await venue('outage', OUTAGE_SECONDS);
proxy.restore();
const restoredAt = performance.now();
const afterPromise = venue('after', 10);
const door = devices[0]!;
let drainedAt = 0;
while (performance.now() - restoredAt < 120_000) {
  const status = await send('GET', `${relayApi}/_relay/status`, headersFor(door));
  const parsed: unknown = JSON.parse(status.text || '{}');
  const replay = parsed && typeof parsed === 'object' && 'replay' in parsed ? parsed.replay : null;
  const upstream = parsed && typeof parsed === 'object' && 'upstream' in parsed ? parsed.upstream : null;
  const waiting = replay && typeof replay === 'object' && 'waiting' in replay ? Number(replay.waiting) : -1;
  const up = upstream && typeof upstream === 'object' && 'state' in upstream && upstream.state === 'up';
  if (up && waiting === 0) {
    drainedAt = performance.now();
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const after = await afterPromise;
await new Promise((resolve) => setTimeout(resolve, 1_000));

const all: ScanRecord[] = [...online, ...before, ...outage, ...after];
const viaRelay = all.filter((s) => s.via === 'relay');
const letIns = new Map<string, number>();
for (const scan of viaRelay)
  if (scan.outcome && LET_IN.has(scan.outcome)) letIns.set(scan.ticket, (letIns.get(scan.ticket) ?? 0) + 1);
const doubleAdmissions = [...letIns.values()].filter((n) => n > 1).length;
const unanswered = viaRelay.filter((s) => s.status !== 200).length;

const ledger = new Database(join(dirs[1]!, 'relay.sqlite'), { readonly: true });
const offlineRows = ledger
  .prepare<[], { state: string; body: string }>(
    "SELECT state, upstream_body AS body FROM scans WHERE decided_by = 'relay' AND state NOT IN ('repeat-offline')",
  )
  .all();
ledger.close();
const acknowledged = viaRelay.filter((s) => s.outcome === 'AcceptedOffline').length;
const audit = await api.audit(eventId);
const byNotes = new Map<string, number>();
const redeemedByNotes = new Map<string, number>();
for (const entry of audit) {
  if (!entry.notes) continue;
  byNotes.set(entry.notes, (byNotes.get(entry.notes) ?? 0) + 1);
  if (entry.outcome === 'Redeemed')
    redeemedByNotes.set(entry.notes, (redeemedByNotes.get(entry.notes) ?? 0) + 1);
}
const notesOf = (body: string) => {
  const parsed: unknown = JSON.parse(body);
  return parsed && typeof parsed === 'object' && 'notes' in parsed ? String(parsed.notes) : '';
};
const exactlyOnce = offlineRows.filter((row) => redeemedByNotes.get(notesOf(row.body)) === 1).length;
const ownAttempts = offlineRows.filter((row) => (byNotes.get(notesOf(row.body)) ?? 0) > 1).length;
const stillWaiting = offlineRows.filter((row) => row.state === 'accepted-offline').length;
const lost = Math.max(0, acknowledged - offlineRows.length) + stillWaiting;
const replaySeconds = drainedAt > 0 ? (drainedAt - restoredAt) / 1000 : Number.NaN;
const offlineMs = outage.filter((s) => s.status === 200).map((s) => s.ms);
const relayOnline = online.filter((s) => s.via === 'relay').map((s) => s.ms);
const directOnline = online.filter((s) => s.via === 'direct').map((s) => s.ms);
const outcomes = new Map<string, number>();
for (const scan of outage)
  outcomes.set(
    scan.outcome ?? `HTTP ${scan.status}`,
    (outcomes.get(scan.outcome ?? `HTTP ${scan.status}`) ?? 0) + 1,
  );

console.log('\nRelay benchmark');
console.log(
  `scans through the relay: ${viaRelay.length} (outage ${outage.length}: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')})`,
);
console.log(`double admissions across devices: ${doubleAdmissions} (goal 0)`);
console.log(
  `scans lost: ${lost} of ${acknowledged} accepted offline (goal 0); scans without an answer: ${unanswered}`,
);
console.log(
  `scans replayed exactly once (one redemption upstream): ${exactlyOnce} of ${offlineRows.length} (goal all); ${ownAttempts} of them met their own earlier attempt (answer lost when the line was cut) and were recognised as such`,
);
console.log(
  `replay: ${offlineRows.length} scans in ${replaySeconds.toFixed(1)} s = ${(offlineRows.length / replaySeconds).toFixed(0)} scans/s, with live traffic`,
);
console.log(
  `relay verdict offline: p50 ${fmt(percentile(offlineMs, 50))}, p99 ${fmt(percentile(offlineMs, 99))}`,
);
console.log(
  `online, same run: via relay p50 ${fmt(percentile(relayOnline, 50))} p99 ${fmt(percentile(relayOnline, 99))}; direct p50 ${fmt(percentile(directOnline, 50))} p99 ${fmt(percentile(directOnline, 99))}; added p50 ${fmt(percentile(relayOnline, 50) - percentile(directOnline, 50))}, p99 ${fmt(percentile(relayOnline, 99) - percentile(directOnline, 99))} (goal < 5 ms p99)`,
);
const ownWork = online.filter((s) => s.via === 'relay' && s.relayMs !== null).map((s) => s.relayMs ?? 0);
console.log(
  `relay's own work per forwarded scan (its Server-Timing, without the upstream wait): p50 ${fmt(percentile(ownWork, 50))}, p99 ${fmt(percentile(ownWork, 99))}`,
);
console.log(
  `upstream audit: ${audit.filter((e) => e.outcome === 'Redeemed').length} redemptions of ${ticketIds.size} tickets`,
);

closeAgent();
await stopChild(relay.child);
await proxy.close();
await stopChild(sandbox.child);
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
