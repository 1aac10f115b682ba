/**
 * Security headers on every response, and CORS for /api (the app may run on another origin). Under
 * --https also Strict-Transport-Security (browsers ignore it for IP addresses and for certificates they do
 * not trust, so the self-signed LAN certificate is unaffected). Answers written before any route — the
 * HTTP parser's errors — take the same headers from `securityHeaders`.
 */
import type { FastifyInstance } from 'fastify';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(self)',
};

// Half a year, this host only: long enough to matter, short enough for a sandbox that moves between hosts.
const STRICT_TRANSPORT_SECURITY = 'max-age=15552000';

/** The headers every answer carries, for this server's scheme. */
export function securityHeaders(https: boolean): Record<string, string> {
  return https
    ? { ...SECURITY_HEADERS, 'strict-transport-security': STRICT_TRANSPORT_SECURITY }
    : { ...SECURITY_HEADERS };
}

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Date, Retry-After, Idempotent-Replayed',
};

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key',
  'access-control-max-age': '600',
};

export function installHttpHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options.https);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    if (request.url.startsWith('/api/')) reply.headers(CORS_HEADERS);
    return payload;
  });
  // Preflights carry no token, so they are answered before the API's authentication.
  app.options('/api/*', async (_request, reply) => reply.code(204).headers(PREFLIGHT_HEADERS).send());
}
