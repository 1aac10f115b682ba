/**
 * One scan from read to verdict: the fact goes into the journal as `sending` while the request runs, then
 * takes the state the verdict implies. A scan the server could not verify stays `pending` in the journal,
 * so it is never only in memory; the sync queue picks it up from there.
 */
import type { CaldasaClient } from '../../lib/api/api-client';
import type { ScanFact } from '../../lib/scan-types';
import type { ReadSource } from './debounce';
import { redeemTicket } from './redeem-ticket';
import type { ScanJournalPort } from './scan-journal-port';
import { scanStateFor, verdictFromAnswer, verdictFromFailure, type Verdict } from './verdict';

export interface CheckInInput {
  token: string;
  eventId: string;
  door: string;
  override: boolean;
  notes: string | null;
  source: ReadSource;
}

export interface CheckInResult {
  scanId: string;
  token: string;
  source: ReadSource;
  override: boolean;
  scannedAt: string;
  verdict: Verdict;
  /** When the server could not decide: an earlier scan of this token on this device, if any. */
  earlierLocalScan: ScanFact | null;
  /** Set when the journal could not store the scan (storage blocked or full). */
  journalError: string | null;
}

export interface CheckInDeps {
  client: CaldasaClient;
  journal: ScanJournalPort;
  now: () => Date;
  newId: () => string;
  /** Send the scan id as Idempotency-Key (only for servers known to honour it). */
  sendIdempotencyKey: boolean;
}

function newFact(deps: CheckInDeps, input: CheckInInput): ScanFact {
  const scannedAt = deps.now().toISOString();
  return {
    scanId: deps.newId(),
    token: input.token,
    eventId: input.eventId,
    door: input.door,
    override: input.override,
    notes: input.notes,
    scannedAt,
    attempts: 1,
    firstAttemptAt: scannedAt,
    nextAttemptAt: null,
    state: 'sending',
    result: null,
    lastError: null,
    reviewedAt: null,
    source: input.source,
  };
}

async function earlierScan(deps: CheckInDeps, fact: ScanFact): Promise<ScanFact | null> {
  const scans = await deps.journal.findScansByToken(fact.eventId, fact.token).catch(() => []);
  const earlier = scans.filter((scan) => scan.scanId !== fact.scanId && scan.scannedAt <= fact.scannedAt);
  return earlier.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))[0] ?? null;
}

function patchFor(verdict: Verdict, result: ScanFact['result'], now: Date): Partial<ScanFact> {
  const state = scanStateFor(verdict);
  const lastError = verdict.kind === 'not-verified' || verdict.kind === 'needs-auth' ? verdict.message : null;
  const nextAttemptAt = state === 'pending' ? now.toISOString() : null;
  return { state, result, lastError, nextAttemptAt };
}

/** Sends one scan and records it; never throws for network or server trouble. */
export async function checkInScan(deps: CheckInDeps, input: CheckInInput): Promise<CheckInResult> {
  const fact = newFact(deps, input);
  // Started together: the journal write must not add its latency to every admitted guest.
  const saved = deps.journal.addScan(fact).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : 'The scan could not be stored.'),
  );
  const answer = await redeemTicket(deps.client, input, deps.sendIdempotencyKey ? fact.scanId : undefined);
  const verdict = answer.ok ? verdictFromAnswer(answer.data) : verdictFromFailure(answer.failure);
  let journalError = await saved;
  const patch = patchFor(verdict, answer.ok ? answer.data : null, deps.now());
  await deps.journal.updateScan(fact.scanId, patch).catch((error: unknown) => {
    journalError ??= error instanceof Error ? error.message : 'The scan could not be updated.';
  });
  const unverified = verdict.kind === 'not-verified' || verdict.kind === 'needs-auth';
  return {
    scanId: fact.scanId,
    token: fact.token,
    source: input.source,
    override: input.override,
    scannedAt: fact.scannedAt,
    verdict,
    earlierLocalScan: unverified ? await earlierScan(deps, fact) : null,
    journalError,
  };
}
