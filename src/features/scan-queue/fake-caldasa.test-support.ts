/**
 * A tiny in-memory Caldasa for unit tests, reached through a stubbed global fetch: GET /tenant and
 * POST /tickets/redeem with first-scan-wins, an audit list and Idempotency-Key replay. `script` lets a test
 * decide what the next redeem requests meet (a dropped connection, an error status, a lost answer).
 */
import { readWith, record, string, unknown } from '../../lib/api/tolerant-schema';

export type Step =
  | { kind: 'network' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'lost' }
  | { kind: 'hang-after-commit' };

interface Redemption {
  at: string;
  door: string | null;
  userId: string;
}

export interface AuditRow {
  token: string;
  outcome: string;
  notes: string | null;
  key: string | null;
}

interface FakeOptions {
  userId?: string;
  validTokens: string[];
  clock: () => Date;
  /** false: a server that ignores Idempotency-Key. */
  honoursKeys?: boolean;
}

export function createFakeCaldasa(options: FakeOptions) {
  const userId = options.userId ?? 'user-1';
  const valid = new Set(options.validTokens);
  const redeemed = new Map<string, Redemption>();
  const keys = new Map<string, { body: string; answer: unknown }>();
  const audit: AuditRow[] = [];
  const script: Step[] = [];
  let tenantStatus = 200;

  function decide(body: Record<string, unknown>): Record<string, unknown> {
    const token = String(body.token);
    const door = typeof body.door === 'string' ? body.door : null;
    const base = { ticketId: null, holderName: null, ticketTypeName: null, message: null };
    const none = {
      previouslyRedeemedAt: null,
      previouslyRedeemedByUserId: null,
      previouslyRedeemedAtDoor: null,
    };
    if (!valid.has(token)) return { ...base, ...none, outcome: 'NotFound' };
    const earlier = redeemed.get(token);
    const ticket = {
      ...base,
      ticketId: `ticket-${token}`,
      holderName: `Holder ${token}`,
      ticketTypeName: 'General',
    };
    if (earlier) {
      const previously = {
        previouslyRedeemedAt: earlier.at,
        previouslyRedeemedByUserId: earlier.userId,
        previouslyRedeemedAtDoor: earlier.door,
      };
      return { ...ticket, ...previously, outcome: 'AlreadyRedeemed' };
    }
    redeemed.set(token, { at: options.clock().toISOString(), door, userId });
    return { ...ticket, ...none, outcome: 'Redeemed' };
  }

  function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
  }

  function redeem(body: Record<string, unknown>, key: string | null): Response {
    const text = JSON.stringify(body);
    const stored = key ? keys.get(key) : undefined;
    if (stored && stored.body !== text) return json(422, { title: 'Key reused', status: 422 });
    if (stored) return json(200, stored.answer);
    const answer = decide(body);
    audit.push({
      token: String(body.token),
      outcome: String(answer.outcome),
      notes: String(body.notes),
      key,
    });
    if (key) keys.set(key, { body: text, answer });
    return json(200, answer);
  }

  async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/tenant')) {
      if (tenantStatus !== 200) return json(tenantStatus, { title: 'No', status: tenantStatus });
      const tenant = { id: 't', name: 'T', timeZone: 'UTC', currency: 'EUR', doorsOpenGraceMinutes: 30 };
      return json(
        200,
        { ...tenant, currentUser: { id: userId, displayName: 'Door', role: 'Door' } },
        {
          Date: options.clock().toUTCString(),
        },
      );
    }
    const body = readWith(record(string(), unknown()), await request.json()) ?? {};
    const key = options.honoursKeys === false ? null : request.headers.get('Idempotency-Key');
    const step = script.shift();
    if (step?.kind === 'network') throw new TypeError('Failed to fetch');
    if (step?.kind === 'status') {
      const headers: Record<string, string> = step.retryAfter ? { 'Retry-After': step.retryAfter } : {};
      return json(step.status, { title: `Status ${step.status}`, status: step.status }, headers);
    }
    const response = redeem(body, key);
    if (step?.kind === 'lost') throw new TypeError('Failed to fetch');
    if (step?.kind === 'hang-after-commit') return new Promise<Response>(() => undefined);
    return response;
  }

  const fetch = (input: RequestInfo | URL) => handle(input instanceof Request ? input : new Request(input));
  return {
    fetch,
    audit,
    script,
    redeemedCount: (token: string) =>
      audit.filter((row) => row.token === token && row.outcome === 'Redeemed').length,
    redeemOutside: (token: string, redemption: Redemption) => redeemed.set(token, redemption),
    setTenantStatus: (status: number) => (tenantStatus = status),
  };
}
