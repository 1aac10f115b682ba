/**
 * POST /api/tickets/redeem at the relay. Upstream reachable: forwarded (with a key where it honours
 * them), upstream's answer back unchanged, the first admission recorded. Upstream unreachable (refused,
 * timed out, 5xx, 429): the ledger decides for the venue, atomically, first scan wins. A ticket the
 * ledger admitted offline and has not replayed yet is answered from the ledger even when upstream is back,
 * so a second door never admits it while its replay waits.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendUpstreamAnswer, upstreamHeaders } from './forward.ts';
import { PROBE_NOTE } from './idempotency-probe.ts';
import type { ScanInput, ScanRow } from './ledger.ts';
import { acceptedOfflineAnswer, repeatAnswer } from './redeem-answers.ts';
import {
  readRedeemRequest,
  upstreamBody,
  requestHash,
  unreadableRedeem,
  type RedeemRequest,
} from './redeem-request.ts';
import { callerOf, type Caller, type RelayContext } from './relay-context.ts';
import { keyInFlight, keyReused, needsUpstream, noToken, unknownSignInOffline } from './relay-problems.ts';
import { isUnavailable } from './upstream.ts';

function rawBody(request: FastifyRequest): string | undefined {
  return Buffer.isBuffer(request.body) ? request.body.toString('utf8') : undefined;
}

function parseJson(raw: Buffer | string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw.toString());
  } catch {
    return undefined;
  }
}

function headerText(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 255 ? value : null;
}

function storedAnswer(reply: FastifyReply, scan: ScanRow): FastifyReply {
  if (scan.state === 'forwarding') throw keyInFlight();
  return reply
    .code(200)
    .type('application/json')
    .header('caldasa-relay-decision', scan.decidedBy)
    .header('idempotent-replayed', 'true')
    .send(scan.answer ?? '{}');
}

function scanInput(caller: Caller, tokenHash: string, redeem: RedeemRequest, key: string | null): ScanInput {
  const scannedAt = new Date().toISOString();
  return {
    scanId: randomUUID(),
    tenantId: caller.signIn?.tenantId ?? null,
    signIn: tokenHash,
    userId: caller.signIn?.userId ?? null,
    deviceId: caller.device?.id ?? null,
    deviceName: caller.device?.name ?? null,
    deviceKey: key,
    requestHash: requestHash(redeem),
    eventId: redeem.bookableEventId,
    token: redeem.token,
    door: redeem.door,
    override: redeem.override,
    scannedAt,
    upstreamKey: null,
    upstreamBody: upstreamBody(redeem, scannedAt, caller.device?.name ?? null),
  };
}

function decideHere(context: RelayContext, input: ScanInput, reply: FastifyReply): FastifyReply {
  const decision = context.ledger.decideOffline(input, acceptedOfflineAnswer, (first) =>
    repeatAnswer(first, input.scanId),
  );
  const scan = context.ledger.get(input.scanId);
  if (decision.kind === 'accepted') context.kickReplay();
  return reply
    .code(200)
    .type('application/json')
    .header('caldasa-relay-decision', 'relay')
    .send(scan?.answer ?? '{}');
}

async function forward(
  context: RelayContext,
  request: FastifyRequest,
  scan: ScanInput,
  caller: Caller,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (caller.token) context.learnIdempotency(caller.token, scan.eventId);
  const key = scan.deviceKey ?? (context.idempotencyHonoured() ? scan.scanId : null);
  const input = { ...scan, upstreamKey: key };
  context.ledger.startForward(input);
  const headers = upstreamHeaders(request);
  headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  const sentAt = performance.now();
  const sent = await context.upstream.request('POST', '/tickets/redeem', headers, input.upstreamBody);
  // Server-Timing: how much of the answer's time was upstream and how much the relay's own work.
  const upstreamMs = performance.now() - sentAt;
  void reply.header(
    'server-timing',
    `upstream;dur=${upstreamMs.toFixed(2)}, relay;dur=${Math.max(0, reply.elapsedTime - upstreamMs).toFixed(2)}`,
  );
  if (sent.ok && !isUnavailable(sent.answer.status)) {
    const answer = parseJson(sent.answer.body);
    const outcome = sent.answer.status === 200 ? outcomeOf(answer) : null;
    context.ledger.finishForward(input.scanId, answer ?? null, outcome);
    if (sent.answer.status === 401 && caller.tokenHash) context.signIns.forget(caller.tokenHash);
    else if (sent.answer.status === 200 && caller.token) context.signIns.holdForReplay(caller.token);
    return sendUpstreamAnswer(reply, sent.answer);
  }
  if (!sent.ok || sent.answer.status >= 500) {
    context.upstream.markDown(sent.ok ? `upstream answered ${sent.answer.status}` : sent.reason);
  }
  if (!caller.signIn) {
    context.ledger.abandonForward(input.scanId);
    throw unknownSignInOffline();
  }
  return decideHere(context, input, reply);
}

function outcomeOf(answer: unknown): string | null {
  if (!answer || typeof answer !== 'object') return null;
  const record: Record<string, unknown> = { ...answer };
  return typeof record.outcome === 'string' ? record.outcome : null;
}

/**
 * A client's "does this server honour Idempotency-Key?" probe is about upstream, not a scan: passed through
 * untouched and never recorded; while upstream is away there is no answer to give.
 */
async function forwardProbe(context: RelayContext, request: FastifyRequest, reply: FastifyReply) {
  if (context.upstream.isUp()) {
    const sent = await context.upstream.request(
      'POST',
      '/tickets/redeem',
      upstreamHeaders(request),
      rawBody(request),
    );
    if (sent.ok && !isUnavailable(sent.answer.status)) return sendUpstreamAnswer(reply, sent.answer);
    if (!sent.ok || sent.answer.status >= 500)
      context.upstream.markDown(sent.ok ? `upstream answered ${sent.answer.status}` : sent.reason);
  }
  throw needsUpstream();
}

/** A body the relay cannot key its ledger on: upstream explains what is wrong, or the relay does offline. */
async function forwardUnreadable(context: RelayContext, request: FastifyRequest, reply: FastifyReply) {
  if (context.upstream.isUp()) {
    const sent = await context.upstream.request(
      'POST',
      '/tickets/redeem',
      upstreamHeaders(request),
      rawBody(request),
    );
    if (sent.ok && !isUnavailable(sent.answer.status)) return sendUpstreamAnswer(reply, sent.answer);
    if (!sent.ok || sent.answer.status >= 500)
      context.upstream.markDown(sent.ok ? `upstream answered ${sent.answer.status}` : sent.reason);
  }
  throw request.headers.authorization ? unreadableRedeem() : noToken();
}

export function registerRedeem(app: FastifyInstance, context: RelayContext): void {
  app.post('/api/tickets/redeem', async (request, reply) => {
    const redeem = readRedeemRequest(parseJson(rawBody(request)));
    const caller = callerOf(context, request, redeem?.door ?? null);
    if (!redeem || !caller.tokenHash) return forwardUnreadable(context, request, reply);
    if (redeem.notes?.startsWith(PROBE_NOTE)) return forwardProbe(context, request, reply);
    const key = headerText(request, 'idempotency-key');
    const input = scanInput(caller, caller.tokenHash, redeem, key);
    if (key) {
      const earlier = context.ledger.findByDeviceKey(caller.tokenHash, key);
      if (earlier && earlier.requestHash !== input.requestHash) throw keyReused();
      if (earlier) return storedAnswer(reply, earlier);
    }
    const first = context.ledger.firstAdmission(redeem.bookableEventId, redeem.token);
    if (first?.state === 'accepted-offline' || !context.upstream.isUp()) {
      if (!caller.signIn) throw unknownSignInOffline();
      return decideHere(context, input, reply);
    }
    return forward(context, request, input, caller, reply);
  });
}
