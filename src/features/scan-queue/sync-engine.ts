/**
 * The sync engine: takes due pending scans from the journal and sends them, a batch at a time with a few
 * requests in flight, then writes every answer of the batch in one transaction. Journal transactions are
 * never held across a network call: a scan is marked `sending` (and its attempt counted) before its request
 * starts, and its outcome is written after the answer. A scan left in `sending` by a page that closed is
 * taken back once its request can no longer be in flight. Only one tab runs this at a time (the lock).
 *
 * While the server has asked to wait (Retry-After, whichever request of the page received it) the queue
 * sends nothing at all, not even its session check: scans claimed for a batch that a 429 answered meanwhile
 * go back to the queue untouched, due when the wait ends.
 */
import pLimit from 'p-limit';
import type { ApiResult } from '../../lib/api/api-client';
import { serverWaitRemaining } from '../../lib/api/server-wait';
import { noteServerContact } from '../../lib/server-contact';
import { claimDue, listDue, recordSyncSuccess, updateScans, updateWhere } from '../../lib/scan-journal';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import { claimPatch, decideAfterSend, heldPatch, type SendContext } from './decide-outcome';
import { backoffDelayMs } from './retry-timing';
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
  /** Milliseconds until the server may be asked again (its Retry-After); 0 when it may be asked now. */
  serverWaitMs?: () => number;
  /** Told after every request whether the server answered, for the door's status line. */
  onContact?: (result: ApiResult<unknown>) => void;
}

/** A request the pool did not start because the server asked to wait meanwhile. */
const HELD = Symbol('held');

const emptyReport = (): SyncReport => ({
  sent: 0,
  done: 0,
  refused: 0,
  conflict: 0,
  retrying: 0,
  paused: false,
});

function tally(report: SyncReport, state: ScanFact['state'] | undefined): void {
  if (state === 'done' || state === 'relayed') report.done += 1;
  else if (state === 'refused') report.refused += 1;
  else if (state === 'conflict') report.conflict += 1;
  else if (state === 'pending') report.retrying += 1;
}

type DrainEnd = 'reached' | 'failed' | 'waiting';

export type SyncEngine = ReturnType<typeof createSyncEngine>;

/** Creates the engine; call `sync()` on every trigger, it coalesces overlapping calls. */
export function createSyncEngine(options: SyncEngineOptions) {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const withLock = options.withLock ?? ((run) => run());
  const setTimer = options.setTimer ?? ((run, ms) => clearTimeout.bind(null, setTimeout(run, ms)));
  const concurrency = options.concurrency ?? 8;
  // Between batches nothing is in flight (the answers are written, the next scans claimed): 200 a batch
  // drained 5,000 scans about a tenth faster than 80 in bench:sync, at no cost a door would see.
  const batchSize = options.batchSize ?? 200;
  const serverWaitMs = options.serverWaitMs ?? (() => serverWaitRemaining(now()));
  const onContact = options.onContact ?? noteServerContact;
  let paused = false;
  let running: Promise<SyncReport> | null = null;
  let rerun = false;
  let cancelTimer: (() => void) | null = null;
  let failedRuns = 0;
  let lockMissed = false;

  async function sendBatch(
    server: QueueServer,
    batch: ScanFact[],
    originals: Map<string, ScanFact>,
    context: SendContext,
    report: SyncReport,
  ) {
    // Results keep the batch's order; at most `concurrency` requests are in flight.
    const results = await pLimit(concurrency).map(batch, async (fact) => {
      if (serverWaitMs() > 0) return HELD;
      const result = await server.send(fact);
      onContact(result);
      return result;
    });
    const at = now();
    const decisions = batch.map((fact, i) => {
      const result = results[i]!;
      if (result !== HELD) return decideAfterSend(fact, result, { ...context, now: at });
      const until = new Date(at.getTime() + serverWaitMs());
      return { patch: heldPatch(originals.get(fact.scanId) ?? fact, until), pauseForAuth: false };
    });
    const written = await updateScans(
      decisions.map((d, i) => ({ scanId: batch[i]!.scanId, patch: d.patch })),
    );
    const sent = results.filter((result) => result !== HELD).length;
    report.sent += sent;
    written.forEach((fact, i) => results[i] !== HELD && tally(report, fact?.state));
    if (decisions.some((d) => d.pauseForAuth)) pauseForAuth(report);
    if (sent < batch.length || serverWaitMs() > 0) return 'waiting';
    const allFailed = decisions.every((d) => d.patch.state === 'pending' && d.patch.nextAttemptAt !== null);
    return allFailed ? 'failed' : 'sent';
  }

  function pauseForAuth(report: SyncReport) {
    paused = true;
    report.paused = true;
    options.onAuthRejected();
  }

  /** Sends due scans until none is left; says whether the server was reached ('waiting': it asked to wait). */
  async function drain(server: QueueServer, first: ScanFact, report: SyncReport): Promise<DrainEnd> {
    const session = await server.session();
    onContact(session);
    if (!session.ok) {
      if (session.failure.kind === 'http' && session.failure.status === 401) pauseForAuth(report);
      return serverWaitMs() > 0 ? 'waiting' : 'failed';
    }
    if (serverWaitMs() > 0) return 'waiting';
    const keyAccepted = await server.idempotencyAccepted(first.eventId);
    const context = { ...session.data, random, now: now() };
    const device = options.deviceName();
    while (!paused) {
      if (serverWaitMs() > 0) return 'waiting';
      const originals = new Map<string, ScanFact>();
      const batch = await claimDue(now(), batchSize, (fact) => {
        originals.set(fact.scanId, fact);
        return claimPatch(fact, now(), composeSyncNotes(fact, device), keyAccepted);
      });
      if (batch.length === 0) return report.retrying === 0 ? 'reached' : 'failed';
      const end = await sendBatch(server, batch, originals, context, report);
      if (end !== 'sent') return end;
    }
    return 'failed';
  }

  async function runOnce(): Promise<SyncReport> {
    const report = emptyReport();
    await recoverStaleSending(now());
    const server = options.server();
    const [first] = await listDue(now(), 1);
    if (paused || !server || !first || serverWaitMs() > 0) return report;
    const end = await drain(server, first, report);
    // Waiting for Retry-After is no failure of the network: it does not lengthen the backoff.
    if (end !== 'waiting')
      failedRuns = end === 'reached' || report.sent > report.retrying ? 0 : failedRuns + 1;
    if (end === 'reached') recordSyncSuccess(now());
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
    // Never before the server's Retry-After has passed, whichever request received it.
    const wait = Math.max(floor, next, serverWaitMs(), 50);
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
