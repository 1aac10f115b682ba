/**
 * One scan from read to verdict: the fact goes into the journal as `sending` while the request runs, then
 * takes the state the verdict implies. A scan the server could not verify stays `pending` in the journal,
 * so it is never only in memory; the sync queue picks it up from there.
 *
 * The request body is fixed here, at the first attempt: notes carry the scan's time and device, and the
 * Idempotency-Key (for servers that honour it) is the scan id, so the queue's retries are the same request.
 * While the server has asked to wait (Retry-After), nothing is sent: the scan is queued for after the wait.
 */
import type { ApiResult, CaldasaClient } from '../../lib/api/api-client';
import { composeScanNotes } from '../../lib/scan-notes';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import type { ReadSource } from './debounce';
import { earlierAdmission } from './local-repeat';
import { redeemTicket } from './redeem-ticket';
import type { ScanJournalPort } from './scan-journal-port';
import { scanStateFor, verdictFromAnswer, verdictFromFailure, type Verdict } from './verdict';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  held: {
    id: 'checkIn.held',
    defaultMessage:
      'The server asked to wait {seconds} s before the next request; the scan is saved and sent then.',
  },
  notRemoved: { id: 'checkIn.notRemoved', defaultMessage: 'The repeat could not be removed.' },
  notUpdated: { id: 'checkIn.notUpdated', defaultMessage: 'The scan could not be updated.' },
  notStored: { id: 'checkIn.notStored', defaultMessage: 'The scan could not be stored.' },
});

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
  /** Whether the server answered (any HTTP status); null when nothing was sent. */
  reachedServer: boolean | null;
}

export interface CheckInDeps {
  client: CaldasaClient;
  journal: ScanJournalPort;
  now: () => Date;
  newId: () => string;
  /** Send the scan id as Idempotency-Key (only for servers known to honour it); null when not known yet. */
  sendIdempotencyKey: boolean | null;
  /** This device's name, written into the notes. */
  deviceName: string;
  /** Milliseconds the server asked us to wait before the next request (0: send now). */
  serverWaitMs: () => number;
}

function newFact(deps: CheckInDeps, input: CheckInInput, holdMs: number): ScanFact {
  const now = deps.now();
  const scannedAt = now.toISOString();
  const scanId = deps.newId();
  const sent = holdMs === 0;
  return {
    scanId,
    token: input.token,
    eventId: input.eventId,
    door: input.door,
    override: input.override,
    notes: input.notes,
    scannedAt,
    attempts: sent ? 1 : 0,
    firstAttemptAt: sent ? scannedAt : null,
    lastAttemptAt: sent ? scannedAt : null,
    nextAttemptAt: null,
    state: sent ? 'sending' : 'pending',
    result: null,
    lastError: null,
    reviewedAt: null,
    source: input.source,
    sentNotes: composeScanNotes(input.notes, scannedAt, deps.deviceName),
    // Not known yet: the queue decides at its first attempt (when this one sent nothing, from the start).
    ...(deps.sendIdempotencyKey === null
      ? {}
      : {
          idempotencyKey: deps.sendIdempotencyKey ? scanId : null,
          keyFromFirstAttempt: deps.sendIdempotencyKey,
        }),
  };
}

function patchFor(verdict: Verdict, result: ScanFact['result'], now: Date): Partial<ScanFact> {
  const state = scanStateFor(verdict);
  const lastError = verdict.kind === 'not-verified' || verdict.kind === 'needs-auth' ? verdict.message : null;
  const nextAttemptAt = state === 'pending' ? now.toISOString() : null;
  return { state, result, lastError, nextAttemptAt };
}

function send(deps: CheckInDeps, fact: ScanFact): Promise<ApiResult<RedeemAnswer>> {
  const request = { ...fact, notes: fact.sentNotes ?? fact.notes };
  return redeemTicket(deps.client, request, fact.idempotencyKey ?? undefined);
}

function heldVerdict(holdMs: number): Verdict {
  const seconds = Math.ceil(holdMs / 1_000);
  const message = t(messages.held, { seconds });
  return { kind: 'not-verified', message, retryAfter: String(seconds) };
}

async function forget(deps: CheckInDeps, fact: ScanFact, saved: Promise<string | null>) {
  let journalError = await saved;
  await deps.journal.removeScan(fact.scanId).catch((error: unknown) => {
    journalError ??= error instanceof Error ? error.message : t(messages.notRemoved);
  });
  return journalError;
}

async function store(
  deps: CheckInDeps,
  fact: ScanFact,
  saved: Promise<string | null>,
  patch: Partial<ScanFact>,
) {
  let journalError = await saved;
  await deps.journal.updateScan(fact.scanId, patch).catch((error: unknown) => {
    journalError ??= error instanceof Error ? error.message : t(messages.notUpdated);
  });
  return journalError;
}

function verdictOf(answer: ApiResult<RedeemAnswer> | null, holdMs: number): Verdict {
  if (!answer) return heldVerdict(holdMs);
  return answer.ok ? verdictFromAnswer(answer.data) : verdictFromFailure(answer.failure);
}

/** Sends one scan (unless the server asked to wait) and records it; never throws for server trouble. */
export async function checkInScan(deps: CheckInDeps, input: CheckInInput): Promise<CheckInResult> {
  const holdMs = deps.serverWaitMs();
  const fact = newFact(deps, input, holdMs);
  // Started together: the journal write and the look-up must not add their latency to every admitted guest.
  const saved = deps.journal.addScan(fact).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : t(messages.notStored)),
  );
  const earlier = earlierAdmission(deps.journal, fact);
  const answer = holdMs === 0 ? await send(deps, fact) : null;
  const result = {
    scanId: fact.scanId,
    token: fact.token,
    source: input.source,
    override: input.override,
    scannedAt: fact.scannedAt,
    reachedServer: answer ? answer.ok || answer.failure.kind === 'http' : null,
  };
  const verdict = verdictOf(answer, holdMs);
  const unverified = verdict.kind === 'not-verified' || verdict.kind === 'needs-auth';
  const first = unverified ? await earlier : null;
  if (first) {
    // A second entry on one ticket: a stop, and not queued as a second admission.
    const journalError = await forget(deps, fact, saved);
    const repeat: Verdict = {
      kind: 'repeat-on-device',
      first: { scannedAt: first.scannedAt, door: first.door },
    };
    return { ...result, verdict: repeat, earlierLocalScan: first, journalError };
  }
  const now = deps.now();
  const patch = answer
    ? patchFor(verdict, answer.ok ? answer.data : null, now)
    : { nextAttemptAt: new Date(now.getTime() + holdMs).toISOString() };
  const journalError = await store(deps, fact, saved, patch);
  return { ...result, verdict, earlierLocalScan: null, journalError };
}
