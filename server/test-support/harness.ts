/**
 * A sandbox app for tests: a fresh data directory with a tenant, an admin and a door token, contract
 * checking of every response, and small helpers that build events and buy tickets through the API.
 */
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../app.ts';
import { issueToken } from '../auth.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { createTenant, type Tenant } from '../domain/tenant.ts';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw payload, sent as-is (for malformed JSON and wrong content types). */
  payload?: string;
}

export interface CallResult {
  status: number;
  // Tests read arbitrary fields of answers; the contract check has already validated their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface TestSandbox {
  app: FastifyInstance;
  db: Db;
  dataDir: string;
  tenant: Tenant;
  adminToken: string;
  doorToken: string;
  doorUserId: string;
  call(method: string, url: string, options?: CallOptions): Promise<CallResult>;
  /** A published event (doors open an hour ago unless said otherwise) with one ticket type. */
  publishedEvent(
    fields?: Record<string, unknown>,
    ticketType?: Record<string, unknown>,
  ): Promise<{ eventId: string; ticketTypeId: string }>;
  buy(eventId: string, ticketTypeId: string, quantity?: number, customerName?: string): Promise<string[]>;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

export function eventFields(offsetHours = -1): Record<string, string | number> {
  const doors = Date.now() + offsetHours * HOUR;
  return {
    name: 'Test Night',
    startsAt: new Date(doors + HOUR).toISOString(),
    endsAt: new Date(doors + 5 * HOUR).toISOString(),
    doorsOpenAt: new Date(doors).toISOString(),
    capacity: 500,
  };
}

/** Starts a sandbox for one test file. */
export async function createTestSandbox(
  options: Omit<AppOptions, 'db' | 'dataDir'> = {},
): Promise<TestSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-test-'));
  const db = openDatabase(dataDir);
  const tenant = createTenant(db, {
    name: 'Test Venue',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
    doorsOpenGraceMinutes: 30,
  });
  const admin = issueToken(db, tenant.id, 'Admin', 'Ada Admin');
  const door = issueToken(db, tenant.id, 'Door', 'Dora at the door');
  const app = await buildApp({ log: { level: 'silent' }, validateResponses: true, ...options, db });
  await app.ready();

  async function call(method: string, url: string, callOptions: CallOptions = {}): Promise<CallResult> {
    const token = callOptions.token === undefined ? admin.token : callOptions.token;
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...callOptions.headers,
    };
    const payload =
      callOptions.payload ?? (callOptions.body === undefined ? undefined : JSON.stringify(callOptions.body));
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    const before = app.contractViolations.length;
    const response = await app.inject({ method: method as 'GET', url, headers, payload });
    const violations = app.contractViolations.slice(before);
    if (violations.length > 0) throw new Error(`Response breaks the contract:\n${violations.join('\n')}`);
    const body: unknown = response.body === '' ? undefined : response.json();
    return { status: response.statusCode, body, headers: response.headers };
  }

  async function publishedEvent(
    fields: Record<string, unknown> = {},
    ticketType: Record<string, unknown> = {},
  ) {
    const event = await call('POST', '/api/events', { body: { ...eventFields(), ...fields } });
    if (event.status !== 201)
      throw new Error(`createEvent answered ${event.status}: ${JSON.stringify(event.body)}`);
    const eventId: string = event.body.id;
    const type = await call('POST', `/api/events/${eventId}/ticket-types`, {
      body: { name: 'GA', price: 25, quantity: 400, ...ticketType },
    });
    await call('POST', `/api/events/${eventId}/publish`);
    return { eventId, ticketTypeId: type.body.id as string };
  }

  async function buy(
    eventId: string,
    ticketTypeId: string,
    quantity = 1,
    customerName = 'Grace Hopper',
  ): Promise<string[]> {
    const body = { eventId, ticketTypeId, quantity, customerName, customerEmail: 'grace@example.com' };
    const result = await call('POST', '/api/_sandbox/purchases', { body });
    if (result.status !== 201)
      throw new Error(`purchase answered ${result.status}: ${JSON.stringify(result.body)}`);
    return result.body.tickets.map((t: { token: string }) => t.token);
  }

  async function close() {
    await app.close();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return {
    app,
    db,
    dataDir,
    tenant,
    adminToken: admin.token,
    doorToken: door.token,
    doorUserId: door.userId,
    call,
    publishedEvent,
    buy,
    close,
  };
}
