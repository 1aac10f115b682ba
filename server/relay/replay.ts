/**
 * Replay: when upstream answers again, the scans the relay accepted offline go upstream in scan order,
 * one at a time, each exactly once: with an Idempotency-Key (the relay's scan id, or the device's key the
 * scan was first forwarded with) where upstream honours keys, else under the own-attempt rule (an
 * AlreadyRedeemed by the same sign-in at the same door, at or after the scan, is the relay's own earlier
 * attempt whose answer was lost). Each ends confirmed, conflict (redeemed first elsewhere, outside the
 * relay) or refused-after-entry (NotFound, Cancelled, WrongEvent, DoorsNotOpen, or a 4xx refusal).
 */
import type { RelayContext } from './relay-context.ts';
import type { ScanRow, ScanState } from './ledger.ts';
import { parseStoredAnswer } from './redeem-answers.ts';
import { isUnavailable } from './upstream.ts';

const CLOCK_SLACK_MS = 2_000;
const BATCH = 50;

export interface ReplayProgress {
  running: boolean;
  lastError: string | null;
}

function finalState(scan: ScanRow, keyed: boolean, status: number, body: unknown): ScanState {
  if (status !== 200) return 'refused-after-entry';
  const answer = parseStoredAnswer(JSON.stringify(body));
  if (answer?.outcome === 'Redeemed') return 'confirmed';
  if (answer?.outcome !== 'AlreadyRedeemed') return 'refused-after-entry';
  if (keyed || !answer.previouslyRedeemedAt) return 'conflict';
  const ours =
    answer.previouslyRedeemedByUserId === scan.userId &&
    (answer.previouslyRedeemedAtDoor ?? null) === (scan.door ?? null) &&
    Date.parse(answer.previouslyRedeemedAt) >= Date.parse(scan.scannedAt) - CLOCK_SLACK_MS;
  return ours ? 'confirmed' : 'conflict';
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

export type Replayer = ReturnType<typeof createReplayer>;

export function createReplayer(
  context: Omit<RelayContext, 'kickReplay'>,
  ensureIdempotencyKnown: (token: string, eventId: string) => Promise<boolean | null>,
) {
  const progress: ReplayProgress = { running: false, lastError: null };
  let again = false;
  // Set when the relay closes: nothing more is sent, and an answer that arrives after it is not written
  // (the ledger may be closed by then). Such a scan stays waiting and replays on the next start, where its
  // key or the own-attempt rule recognises a request that did reach upstream.
  let stopped = false;
  let current: Promise<void> | null = null;

  /** Sends one scan; false when upstream could not answer (stop and wait for the probe). */
  async function replayOne(scan: ScanRow): Promise<boolean> {
    const token = context.signIns.tokenFor(scan.signIn);
    if (!token) {
      context.ledger.replayFailed(scan.scanId, 'Waiting for this sign-in to contact the relay again.');
      return true;
    }
    const honoured = scan.upstreamKey ? true : await ensureIdempotencyKnown(token, scan.eventId);
    if (honoured === null || stopped) return false;
    const key = scan.upstreamKey === '' ? null : (scan.upstreamKey ?? (honoured ? scan.scanId : null));
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    };
    if (key) headers['idempotency-key'] = key;
    const sent = await context.upstream.request('POST', '/tickets/redeem', headers, scan.upstreamBody);
    if (stopped) return false;
    if (!sent.ok || isUnavailable(sent.answer.status)) {
      const reason = sent.ok ? `upstream answered ${sent.answer.status}` : sent.reason;
      context.ledger.replayFailed(scan.scanId, reason);
      if (!sent.ok || sent.answer.status >= 500) context.upstream.markDown(reason);
      progress.lastError = reason;
      return false;
    }
    const body = parse(sent.answer.body);
    if (sent.answer.status === 401) {
      context.signIns.forget(scan.signIn);
      context.ledger.replayFailed(
        scan.scanId,
        'Upstream no longer accepts this sign-in; sign in again on a device.',
      );
      return true;
    }
    const state = finalState(scan, key !== null, sent.answer.status, body);
    context.ledger.finishReplay(scan.scanId, state, body, new Date().toISOString());
    return true;
  }

  async function drain(): Promise<void> {
    const skipped = new Set<string>();
    while (!stopped && context.upstream.isUp()) {
      const batch = context.ledger
        .waitingForReplay(BATCH + skipped.size)
        .filter((s) => !skipped.has(s.scanId));
      if (batch.length === 0) return;
      for (const scan of batch) {
        if (!context.signIns.tokenFor(scan.signIn)) skipped.add(scan.scanId);
        if (!(await replayOne(scan))) return;
      }
    }
  }

  return {
    progress: (): ReplayProgress => ({ ...progress }),
    /** Runs replay now unless it already runs (then once more after it). */
    async run(): Promise<void> {
      if (stopped) return;
      if (progress.running) {
        again = true;
        return;
      }
      progress.running = true;
      current = (async () => {
        try {
          do {
            again = false;
            await drain();
          } while (again && !stopped && context.upstream.isUp());
          if (context.upstream.isUp()) progress.lastError = null;
        } finally {
          progress.running = false;
        }
      })();
      await current;
    },
    /** Stops replaying and waits for a replay in flight to end; call before the ledger closes. */
    async stop(): Promise<void> {
      stopped = true;
      await current?.catch(() => undefined);
    },
  };
}
