/**
 * The sync engine: takes due pending scans from the journal and sends them, a batch at a time with a few
 * requests in flight, then writes every answer of the batch in one transaction. Journal transactions are
 * never held across a network call: a scan is marked `sending` (and its attempt counted) before its request
 * starts, and its outcome is written after the answer. A scan left in `sending` by a page that closed is
 * taken back once its request can no longer be in flight. Only one tab runs this at a time (the lock).
 */
import type { ApiResult } from '../../lib/api/api-client';
import { claimDue, listDue, recordSyncSuccess, updateScans, updateWhere } from '../../lib/scan-journal';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import { claimPatch, decideAfterSend, type SendContext } from './decide-outcome';
import { backoffDelayMs } from './retry-timing';
import { runPool } from './run-pool';
import { composeSyncNotes } from './send-scan';
import { nextWakeIn, recoverStaleSending } from './stale-sending';

export interface QueueSession {
  userId: string;
  serverOffsetMs: number;
}

/** The server side of the queue; the app builds it from the stored credentials. */
export interface QueueServer {
  session(): Promise<ApiResult<QueueSession>>;
  idempotencyAccepted(eventId: string): Promise<boolean>;
  send(fact: ScanFact): Promise<ApiResult<RedeemAnswer>>;
}

export interface SyncReport {
  sent: number;
  done: number;
  refused: number;
  conflict: number;
  retrying: number;
  paused: boolean;
}

export interface SyncEngineOptions {
  server: () => QueueServer | null;
  deviceName: () => string;
  onAuthRejected: () => void;
  now?: () => Date;
  random?: () => number;
  withLock?: <T>(run: () => Promise<T>) => Promise<T | undefined>;
  setTimer?: (run: () => void, ms: number) => () => void;
  concurrency?: number;
  batchSize?: number;
}

const emptyReport = (): SyncReport => ({
  sent: 0,
  done: 0,
  refused: 0,
  conflict: 0,
  retrying: 0,
  paused: false,
});

function tally(report: SyncReport, state: ScanFact['state'] | undefined): void {
  if (state === 'done') report.done += 1;
  else if (state === 'refused') report.refused += 1;
  else if (state === 'conflict') report.conflict += 1;
  else if (state === 'pending') report.retrying += 1;
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

/** Creates the engine; call `sync()` on every trigger, it coalesces overlapping calls. */
export function createSyncEngine(options: SyncEngineOptions) {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const withLock = options.withLock ?? ((run) => run());
  const setTimer = options.setTimer ?? ((run, ms) => clearTimeout.bind(null, setTimeout(run, ms)));
  const concurrency = options.concurrency ?? 8;
  const batchSize = options.batchSize ?? 80;
  let paused = false;
  let running: Promise<SyncReport> | null = null;
  let rerun = false;
  let cancelTimer: (() => void) | null = null;
  let failedRuns = 0;
  let lockMissed = false;

  async function sendBatch(server: QueueServer, batch: ScanFact[], context: SendContext, report: SyncReport) {
    const results = await runPool(batch, concurrency, (fact) => server.send(fact));
    const decisions = batch.map((fact, i) => decideAfterSend(fact, results[i]!, { ...context, now: now() }));
    const written = await updateScans(
      decisions.map((d, i) => ({ scanId: batch[i]!.scanId, patch: d.patch })),
    );
    report.sent += batch.length;
    written.forEach((fact) => tally(report, fact?.state));
    if (decisions.some((d) => d.pauseForAuth)) pauseForAuth(report);
    return decisions.every((d) => d.patch.state === 'pending' && d.patch.nextAttemptAt !== null);
  }

  function pauseForAuth(report: SyncReport) {
    paused = true;
    report.paused = true;
    options.onAuthRejected();
  }

  async function drain(server: QueueServer, first: ScanFact, report: SyncReport): Promise<boolean> {
    const session = await server.session();
    if (!session.ok) {
      if (session.failure.kind === 'http' && session.failure.status === 401) pauseForAuth(report);
      return false;
    }
    const keyAccepted = await server.idempotencyAccepted(first.eventId);
    const context = { ...session.data, random, now: now() };
    const device = options.deviceName();
    while (!paused) {
      const batch = await claimDue(now(), batchSize, (fact) =>
        claimPatch(fact, now(), composeSyncNotes(fact, device), keyAccepted),
      );
      if (batch.length === 0) return report.retrying === 0;
      const allFailed = await sendBatch(server, batch, context, report);
      if (allFailed) return false;
    }
    return false;
  }

  async function runOnce(): Promise<SyncReport> {
    const report = emptyReport();
    await recoverStaleSending(now());
    const server = options.server();
    const [first] = await listDue(now(), 1);
    if (paused || !server || !first) return report;
    const reachedServer = await drain(server, first, report);
    failedRuns = reachedServer || report.sent > report.retrying ? 0 : failedRuns + 1;
    if (reachedServer) recordSyncSuccess(now());
    return report;
  }

  async function scheduleNext(): Promise<void> {
    cancelTimer?.();
    cancelTimer = null;
    if (paused) return;
    const next = await nextWakeIn(now());
    if (next === null) return;
    // A run that could not reach the server at all waits with its own backoff, so an offline device does
    // not spin on scans that are already due.
    // While another tab holds the lock it does the work; look again now and then in case it closes.
    const floor = failedRuns > 0 ? backoffDelayMs(failedRuns, random) + 1_000 : lockMissed ? 5_000 : 0;
    const wait = Math.max(floor, next, 50);
    cancelTimer = setTimer(() => void sync(), wait);
  }

  async function runLocked(): Promise<SyncReport> {
    const report = await withLock(runOnce);
    lockMissed = report === undefined;
    await scheduleNext();
    return report ?? emptyReport();
  }

  /** Runs a sync now, or joins the running one (and runs once more after it, to catch new scans). */
  function sync(): Promise<SyncReport> {
    if (running) {
      rerun = true;
      return running;
    }
    running = runLocked().finally(() => {
      running = null;
      if (rerun) {
        rerun = false;
        void sync();
      }
    });
    return running;
  }

  /** After a new sign-in: scans that met the 401 go back to the queue, and the queue runs again. */
  async function resumeAfterSignIn(): Promise<SyncReport> {
    paused = false;
    await updateWhere('needs-auth', () => true, { state: 'pending', nextAttemptAt: null });
    return sync();
  }

  function stop(): void {
    cancelTimer?.();
    cancelTimer = null;
  }

  /** Looks at the queue again (new scans were written) and sets the timer; no request is made here. */
  async function reschedule(): Promise<void> {
    if (!running) await scheduleNext();
  }

  return { sync, resumeAfterSignIn, reschedule, stop, isPaused: () => paused };
}
