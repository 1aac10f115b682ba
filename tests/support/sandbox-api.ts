/**
 * A small typed client of the sandbox for end-to-end tests and benchmarks: builds events, buys tickets,
 * issues tokens, redeems and reads the audit log. Types come from the generated contract types.
 */
import type { components as api } from '../../src/lib/api/caldasa.gen.ts';
import type { components as sandbox } from '../../src/lib/api/sandbox.gen.ts';
import { PROBE_NOTE } from '../../src/features/scan-queue/idempotency-probe.ts';

/** The app checks once per server whether redeem honours Idempotency-Key; those requests are no scans. */
function isProbe(entry: { notes: string | null }): boolean {
  return entry.notes?.startsWith(PROBE_NOTE) ?? false;
}

type Schemas = api['schemas'];
type SandboxSchemas = sandbox['schemas'];

export interface SandboxApiOptions {
  apiUrl?: string;
  adminToken?: string;
}

export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

const HOUR = 3_600_000;

/** Create-event fields with doors open now (30 minutes ago) unless overridden. */
export function eventDefaults(overrides: Partial<Schemas['CreatePublicBookableEventRequest']> = {}) {
  const now = Date.now();
  return {
    name: `E2E event ${new Date(now).toISOString()}`,
    doorsOpenAt: new Date(now - HOUR / 2).toISOString(),
    startsAt: new Date(now + HOUR / 2).toISOString(),
    endsAt: new Date(now + 4 * HOUR).toISOString(),
    capacity: 1000,
    ...overrides,
  } satisfies Schemas['CreatePublicBookableEventRequest'];
}

export function sandboxApi(options: SandboxApiOptions = {}) {
  const apiUrl = options.apiUrl ?? process.env.SANDBOX_API_URL;
  const adminToken = options.adminToken ?? process.env.SANDBOX_ADMIN_TOKEN;
  if (!apiUrl || !adminToken)
    throw new Error('No sandbox: set SANDBOX_API_URL and SANDBOX_ADMIN_TOKEN (global setup does).');

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    token = adminToken,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed: unknown = response.status === 204 ? undefined : await response.json();
    if (!response.ok) throw new SandboxApiError(response.status, parsed, `${method} ${path}`);
    return parsed as T;
  }

  return {
    createEvent: (fields: Partial<Schemas['CreatePublicBookableEventRequest']> = {}) =>
      call<Schemas['PublicBookableEventDetailDto']>('POST', '/events', eventDefaults(fields)),
    addTicketType: (eventId: string, fields: Partial<Schemas['CreatePublicTicketTypeRequest']> = {}) =>
      call<Schemas['PublicTicketTypeDto']>('POST', `/events/${eventId}/ticket-types`, {
        name: 'GA',
        price: 25,
        quantity: 1000,
        ...fields,
      }),
    publishEvent: (eventId: string) =>
      call<Schemas['PublicBookableEventDetailDto']>('POST', `/events/${eventId}/publish`),
    cancelEvent: (eventId: string) =>
      call<Schemas['PublicBookableEventDetailDto']>('POST', `/events/${eventId}/cancel`),
    purchase: (eventId: string, ticketTypeId: string, quantity = 1, customerName = 'Test Customer') =>
      call<SandboxSchemas['SandboxPurchaseResult']>('POST', '/_sandbox/purchases', {
        eventId,
        ticketTypeId,
        quantity,
        customerName,
        customerEmail: 'customer@example.com',
      } satisfies SandboxSchemas['SandboxPurchaseRequest']),
    createToken: (role: 'Admin' | 'Door', displayName: string) =>
      call<SandboxSchemas['SandboxTokenResult']>('POST', '/_sandbox/tokens', { role, displayName }),
    audit: async (eventId: string) =>
      (
        await call<{ items: SandboxSchemas['SandboxAuditEntry'][] }>(
          'GET',
          `/_sandbox/audit?eventId=${eventId}&limit=10000`,
        )
      ).items,
    /** The audit rows of scans, without the app's Idempotency-Key probe (made once per server). */
    scanAudit: async (eventId: string) =>
      (
        await call<{ items: SandboxSchemas['SandboxAuditEntry'][] }>(
          'GET',
          `/_sandbox/audit?eventId=${eventId}&limit=10000`,
        )
      ).items.filter((entry) => !isProbe(entry)),
    redeem: (
      token: string,
      request: Schemas['RedeemPublicTicketRequest'] | Omit<Schemas['RedeemPublicTicketRequest'], 'override'>,
      idempotencyKey?: string,
    ) =>
      call<Schemas['PublicTicketRedemptionResultDto']>(
        'POST',
        '/tickets/redeem',
        request,
        token,
        idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
      ),
    cancelOrder: (eventId: string, orderId: string, reason = 'Cancelled by a test') =>
      call<Schemas['PublicTicketOrderDto']>('POST', `/events/${eventId}/ticket-orders/${orderId}/cancel`, {
        reason,
      }),
    /** An event whose doors are open now, with one ticket type, published. */
    async openEvent(fields: Partial<Schemas['CreatePublicBookableEventRequest']> = {}) {
      const event = await this.createEvent(fields);
      const ticketType = await this.addTicketType(event.id);
      await this.publishEvent(event.id);
      return { eventId: event.id, ticketTypeId: ticketType.id };
    },
  };
}

export type SandboxApi = ReturnType<typeof sandboxApi>;
