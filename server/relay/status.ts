/**
 * The door lead's view of the relay (GET /api/_relay/status) and its CSV export (GET
 * /api/_relay/scans.csv), for the caller's own tenant. Only sign-ins the relay has seen accepted upstream
 * may read them.
 */
import type { FastifyInstance } from 'fastify';
import type { components } from '../../src/lib/api/relay.gen.ts';
import { scanColumns, type ScanRow } from './ledger.ts';
import { parseStoredAnswer } from './redeem-answers.ts';
import { callerOf, type RelayContext } from './relay-context.ts';
import { notASignIn } from './relay-problems.ts';
import type { ReplayProgress } from './replay.ts';

type Status = components['schemas']['RelayStatusDto'];
type ProblemScan = components['schemas']['RelayProblemScanDto'];

const DOOR_WINDOW_MS = 15 * 60_000;

interface CountRow {
  state: string;
  count: number;
}

function problemScan(scan: ScanRow & { signInName: string | null }): ProblemScan {
  const upstream = parseStoredAnswer(scan.upstreamAnswer);
  return {
    scanId: scan.scanId,
    eventId: scan.eventId,
    state: scan.state === 'conflict' ? 'conflict' : 'refused-after-entry',
    outcome: upstream?.outcome ?? 'unknown',
    holderName: upstream?.holderName ?? null,
    venue: {
      scannedAt: scan.scannedAt,
      door: scan.door,
      deviceId: scan.deviceId,
      deviceName: scan.deviceName,
      signIn: scan.signInName,
    },
    upstream: {
      scannedAt: upstream?.previouslyRedeemedAt ?? null,
      door: upstream?.previouslyRedeemedAtDoor ?? null,
      deviceId: null,
      deviceName: null,
      signIn: upstream?.previouslyRedeemedByUserId ?? null,
    },
    message: upstream?.message ?? null,
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS: Array<[string, (scan: ScanRow & { signInName: string | null }) => unknown]> = [
  ['scannedAt', (s) => s.scannedAt],
  ['eventId', (s) => s.eventId],
  ['door', (s) => s.door],
  ['deviceId', (s) => s.deviceId],
  ['deviceName', (s) => s.deviceName],
  ['signIn', (s) => s.signInName],
  ['decidedBy', (s) => s.decidedBy],
  ['state', (s) => s.state],
  ['answer', (s) => parseStoredAnswer(s.answer)?.outcome],
  ['holderName', (s) => parseStoredAnswer(s.upstreamAnswer ?? s.answer)?.holderName],
  ['replayOutcome', (s) => parseStoredAnswer(s.upstreamAnswer)?.outcome],
  ['replayedAt', (s) => s.replayedAt],
  ['firstElsewhereAt', (s) => parseStoredAnswer(s.upstreamAnswer)?.previouslyRedeemedAt],
  ['firstElsewhereDoor', (s) => parseStoredAnswer(s.upstreamAnswer)?.previouslyRedeemedAtDoor],
  ['lastError', (s) => s.lastError],
  ['scanId', (s) => s.scanId],
];

export function registerStatus(
  app: FastifyInstance,
  context: RelayContext,
  replay: () => ReplayProgress,
): void {
  const { db } = context;
  const withName = `SELECT ${scanColumns('s')}, si.display_name AS signInName FROM scans s
    LEFT JOIN sign_ins si ON si.token_hash = s.sign_in`;
  const counts = db.prepare<[string], CountRow>(
    'SELECT state, COUNT(*) AS count FROM scans WHERE tenant_id = ? GROUP BY state',
  );
  const problems = db.prepare<[string], ScanRow & { signInName: string | null }>(
    `${withName} WHERE s.tenant_id = ? AND s.state IN ('conflict', 'refused-after-entry') ORDER BY s.seq DESC LIMIT 200`,
  );
  const doors = db.prepare<[string, string], { door: string; scans: number; admitted: number }>(
    `SELECT COALESCE(door, '') AS door, COUNT(*) AS scans,
       SUM(CASE WHEN state IN ('accepted-offline', 'confirmed', 'conflict', 'refused-after-entry')
         OR (state = 'online' AND answer LIKE '%"outcome":"Redeemed"%') THEN 1 ELSE 0 END) AS admitted
     FROM scans WHERE tenant_id = ? AND scanned_at >= ? GROUP BY COALESCE(door, '') ORDER BY door`,
  );
  const devices = db.prepare<[string], components['schemas']['RelayDeviceDto']>(
    `SELECT device_id AS deviceId, device_name AS deviceName, door, sign_in_name AS signIn, last_seen AS lastSeen
       FROM devices WHERE tenant_id = ? ORDER BY last_seen DESC`,
  );
  const all = db.prepare<[string], ScanRow & { signInName: string | null }>(
    `${withName} WHERE s.tenant_id = ? ORDER BY s.seq`,
  );

  function tenantOf(request: Parameters<typeof callerOf>[1]): string {
    const caller = callerOf(context, request);
    if (!caller.signIn) throw notASignIn();
    return caller.signIn.tenantId;
  }

  app.get('/api/_relay/status', async (request): Promise<Status> => {
    const tenantId = tenantOf(request);
    const byState = new Map(counts.all(tenantId).map((row) => [row.state, row.count]));
    const upstream = context.upstream.state();
    const progress = replay();
    return {
      generatedAt: new Date().toISOString(),
      upstream: {
        url: context.upstreamUrl,
        state: upstream.state,
        since: upstream.since,
        lastProbeAt: upstream.lastProbeAt,
        nextProbeAt: upstream.nextProbeAt,
        idempotencyHonoured: context.idempotencyHonoured(),
      },
      replay: {
        waiting: byState.get('accepted-offline') ?? 0,
        confirmed: byState.get('confirmed') ?? 0,
        conflicts: byState.get('conflict') ?? 0,
        refusedAfterEntry: byState.get('refused-after-entry') ?? 0,
        running: progress.running,
        lastError: progress.lastError ?? upstream.lastError,
      },
      problems: problems.all(tenantId).map(problemScan),
      doors: doors.all(tenantId, new Date(Date.now() - DOOR_WINDOW_MS).toISOString()),
      devices: devices.all(tenantId),
    };
  });

  app.get('/api/_relay/scans.csv', async (request, reply) => {
    const tenantId = tenantOf(request);
    const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
    for (const scan of all.iterate(tenantId)) {
      lines.push(CSV_COLUMNS.map(([, read]) => csvCell(read(scan))).join(','));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="relay-scans.csv"')
      .header('cache-control', 'no-store')
      .send(`${lines.join('\r\n')}\r\n`);
  });
}
