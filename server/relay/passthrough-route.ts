/**
 * Every Caldasa operation except redeem: forwarded upstream with the device's own token and answered
 * unchanged. Upstream's answers teach the relay the sign-ins (GET /tenant) and fill the per-sign-in
 * cache; while upstream cannot be reached, remembered sign-ins get the cached answers, marked as such.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isCacheable } from './answer-cache.ts';
import { apiPath, sendUpstreamAnswer, upstreamHeaders } from './forward.ts';
import { callerOf, type Caller, type RelayContext } from './relay-context.ts';
import { needsUpstream, noToken, unknownSignInOffline } from './relay-problems.ts';
import { isUnavailable, type UpstreamAnswer } from './upstream.ts';

function bodyText(request: FastifyRequest): string | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  return Buffer.isBuffer(request.body) ? request.body.toString('utf8') : undefined;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

/** Learns from an upstream answer: sign-ins, revoked tokens, cacheable answers. */
function learn(context: RelayContext, caller: Caller, method: string, path: string, answer: UpstreamAnswer) {
  if (!caller.token || !caller.tokenHash) return;
  if (answer.status === 401) return context.signIns.forget(caller.tokenHash);
  if (answer.status < 200 || answer.status >= 300) return;
  if (method === 'GET' && path === '/tenant') {
    context.signIns.rememberFromTenant(caller.token, parseJson(answer.body));
    context.kickReplay();
  } else {
    context.signIns.holdForReplay(caller.token);
  }
  if (isCacheable(method, path)) {
    const contentType = answer.headers.get('content-type') ?? 'application/json';
    context.cache.store(caller.tokenHash, path, answer.body, contentType);
  }
}

/** Answers without upstream: the cached answer for a remembered sign-in, else a clear problem. */
export function answerOffline(
  context: RelayContext,
  caller: Caller,
  method: string,
  path: string,
  reply: FastifyReply,
): FastifyReply {
  if (!caller.tokenHash) throw noToken();
  if (!caller.signIn) throw unknownSignInOffline();
  const cached = isCacheable(method, path) ? context.cache.find(caller.tokenHash, path) : undefined;
  if (!cached) throw needsUpstream();
  return reply
    .code(200)
    .type(cached.contentType)
    .header('caldasa-relay-decision', 'relay')
    .header('caldasa-relay-cache', 'cached')
    .header('caldasa-relay-cached-at', cached.cachedAt)
    .send(cached.body);
}

export function registerPassthrough(app: FastifyInstance, context: RelayContext): void {
  // OPTIONS stays the preflight answer of http-headers.ts; HEAD comes with GET.
  app.route({
    method: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    url: '/api/*',
    handler: async (request, reply) => {
      const path = apiPath(request.url);
      const caller = callerOf(context, request);
      if (context.upstream.isUp()) {
        const result = await context.upstream.request(
          request.method,
          path,
          upstreamHeaders(request),
          bodyText(request),
        );
        if (result.ok && !isUnavailable(result.answer.status)) {
          learn(context, caller, request.method, path, result.answer);
          return sendUpstreamAnswer(reply, result.answer);
        }
        if (!result.ok || result.answer.status >= 500) {
          context.upstream.markDown(result.ok ? `upstream answered ${result.answer.status}` : result.reason);
        }
        if (result.ok && !isCacheable(request.method, path)) return sendUpstreamAnswer(reply, result.answer);
      }
      return answerOffline(context, caller, request.method, path, reply);
    },
  });
}
