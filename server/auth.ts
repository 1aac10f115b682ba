/**
 * Bearer-token authentication and the two roles. Tokens are stored as SHA-256 hashes; a token is looked
 * up once and then cached in memory by the token itself (the sandbox never revokes tokens), so a known
 * token costs a map lookup, not a hash, per request.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from './db/database.ts';
import { ApiProblem } from './problems.ts';
import type { RateLimiter } from './rate-limit.ts';

export type Role = 'Admin' | 'Door';

export interface Principal {
  userId: string;
  tenantId: string;
  displayName: string;
  role: Role;
  tokenHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

/** Verified tokens kept in memory; far more devices than a venue has. */
const MAX_CACHED_TOKENS = 10_000;

/** Operations a door token may call; everything else is admin-only. */
const DOOR_OPERATIONS = new Set(['getTenant', 'listEvents', 'getEvent', 'listTicketTypes', 'redeemTicket']);

/** Hex SHA-256; used for API tokens and, in the audit log, ticket tokens. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A new random URL-safe secret: 32 bytes of entropy for API tokens, 16 (22 chars) for tickets. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Creates a user with a fresh API token; the raw token is returned once and never stored. */
export function issueToken(
  db: Db,
  tenantId: string,
  role: Role,
  displayName: string,
): { token: string; userId: string } {
  const token = randomToken();
  const userId = randomUUID();
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      'INSERT INTO users (id, tenant_id, display_name, role, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(userId, tenantId, displayName, role, now);
    db.prepare('INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)').run(
      sha256(token),
      userId,
      now,
    );
  })();
  return { token, userId };
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export interface AuthLimiters {
  perToken: RateLimiter;
  failedSignInsPerAddress: RateLimiter;
  refusalsPerToken: RateLimiter;
}

function tooMany(wait: number, what: string): ApiProblem {
  return new ApiProblem(429, `${what}; retry in ${wait} s.`, undefined, { 'Retry-After': String(wait) });
}

/**
 * The onRequest hook for /api: authenticates, enforces roles, then the per-token rate limit. A failed
 * sign-in costs the client address one from its bucket; once that is empty, tokens this sandbox has not
 * seen sign in are refused with 429 unchecked (so guesses learn nothing), while tokens already in use keep
 * working: phones behind the same address are not locked out by someone else's guessing.
 */
export function createAuthHook(db: Db, limiters: AuthLimiters) {
  const lookup = db.prepare<[string], { userId: string; tenantId: string; displayName: string; role: Role }>(
    `SELECT u.id AS userId, u.tenant_id AS tenantId, u.display_name AS displayName, u.role AS role
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`,
  );
  // Verified tokens only, keyed by the token as sent so a known device skips the hash on every request.
  // Only tokens found in the database get in, so guesses cannot grow it; it is bounded all the same
  // (the oldest entry goes first), and it lives in memory only: nothing here reaches disk or the log.
  const cache = new Map<string, Principal>();
  const remember = (token: string, principal: Principal) => {
    if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value as string);
    cache.set(token, principal);
  };
  const failedSignIn = (address: string, detail: string): ApiProblem => {
    const wait = limiters.failedSignInsPerAddress.take(address);
    return wait > 0
      ? tooMany(wait, 'Too many failed sign-ins from this address')
      : new ApiProblem(401, detail);
  };

  function principalOf(request: FastifyRequest): Principal {
    const token = bearerToken(request);
    if (!token) throw failedSignIn(request.ip, 'Send an API token as "Authorization: Bearer <token>".');
    const known = cache.get(token);
    if (known) return known;
    const tokenHash = sha256(token);
    const wait = limiters.failedSignInsPerAddress.peek(request.ip);
    if (wait > 0) throw tooMany(wait, 'Too many failed sign-ins from this address');
    const row = lookup.get(tokenHash);
    if (!row)
      throw failedSignIn(
        request.ip,
        'This API token is not known to this tenant. Check it, or ask for a new one.',
      );
    const principal = { ...row, tokenHash };
    remember(token, principal);
    return principal;
  }

  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const principal = principalOf(request);
    request.principal = principal;
    const operationId = request.routeOptions.schema?.operationId;
    if (principal.role === 'Door' && !(operationId && DOOR_OPERATIONS.has(operationId))) {
      const wait = limiters.refusalsPerToken.take(principal.tokenHash);
      if (wait > 0) throw tooMany(wait, 'Too many refused requests for this token');
      throw new ApiProblem(
        403,
        'Door tokens can only scan: get the tenant, list and view events and ticket types, and redeem tickets. Use an admin token for this.',
      );
    }
    const wait = limiters.perToken.take(principal.tokenHash);
    if (wait > 0) throw tooMany(wait, 'Too many requests for this token');
  };
}

declare module 'fastify' {
  interface FastifySchema {
    operationId?: string;
  }
}
