/**
 * Property-based fuzzing over every operation of both contracts, over real HTTP: a bounded, seeded set of
 * malformed requests (bad ids, paths and percent-encodings, odd queries and headers, wrong content types,
 * broken JSON, hostile field values). Whatever is sent: no 5xx, every error a problem+json body with the
 * security headers, and the server still answers afterwards.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadContract } from './contract.ts';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';
import { rawRequest, type RawAnswer } from './test-support/raw-http.ts';

const SEED = 20261202;
const RUNS = 400;

let sandbox: TestSandbox;
let port: number;
const ids: Record<string, string> = {};
beforeAll(async () => {
  sandbox = await createTestSandbox({ rateLimit: { burst: 100_000 } });
  await sandbox.app.listen({ port: 0, host: '127.0.0.1' });
  port = (sandbox.app.server.address() as AddressInfo).port;
  const { eventId, ticketTypeId } = await sandbox.publishedEvent();
  await sandbox.buy(eventId, ticketTypeId, 2);
  const orders = await sandbox.call('GET', `/api/events/${eventId}/ticket-orders`);
  Object.assign(ids, { eventId, ticketTypeId, orderId: orders.body.items[0].id as string });
});
afterAll(() => sandbox.close());

interface Operation {
  method: string;
  path: string;
}

function operations(): Operation[] {
  const list: Operation[] = [];
  for (const name of ['caldasa', 'sandbox'] as const) {
    const doc = loadContract(name) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item))
        if (['get', 'post', 'patch', 'delete'].includes(method))
          list.push({ method: method.toUpperCase(), path });
  }
  return list;
}

const nasty = fc.constantFrom<unknown>(
  '2030-06-30T23:59:60Z',
  '9999-12-31T23:59:59-01:00',
  '0000-01-01T00:00:00+01:00',
  '2030-06-01T19:30:00+02:00',
  'lone \ud800 surrogate',
  '\udfff',
  '',
  ' ',
  'x'.repeat(5000),
  "'; DROP TABLE tickets; --",
  '%_%',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  -1,
  0,
  1e308,
  2 ** 53,
  0.001,
  true,
  null,
  [],
  {},
  [null, { a: '\ud800' }],
);
const fieldNames = fc.constantFrom(
  'name',
  'description',
  'startsAt',
  'endsAt',
  'doorsOpenAt',
  'timeZone',
  'capacity',
  'price',
  'quantity',
  'token',
  'bookableEventId',
  'door',
  'override',
  'notes',
  'reason',
  'role',
  'displayName',
  'eventId',
  'ticketTypeId',
  'customerName',
  'customerEmail',
  '__proto__',
  'constructor',
);
const objectBody = fc
  .dictionary(fieldNames, fc.oneof(nasty, fc.jsonValue()), { maxKeys: 8 })
  .map((body) => JSON.stringify(body));
const body = fc.oneof(
  objectBody,
  fc.json(),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', '{"name": ', 'null', '[]', '"\\ud800"', '{"a":1}{"b":2}', '\u0000'),
);

const pathValue = fc.oneof(
  fc.constantFrom(...['eventId', 'ticketTypeId', 'orderId'].map((key) => () => ids[key]!)).map((f) => f()),
  fc.uuid().map(String),
  fc.string({ maxLength: 30 }).map((text) => encodeURIComponent(text)),
  fc.constantFrom('%E0%A4%A', '%', '%00', '%ed%a0%80', 'a'.repeat(101), '..', '%2F', 'x?y=1', ''),
);
const queryText = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('page', 'pageSize', 'status', 'search', 'eventId', 'limit', 'zz'),
        fc.string({ maxLength: 20 }),
      ),
      {
        maxLength: 4,
      },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
  fc.constantFrom('?page=%ZZ', '?search=%ed%a0%80', '?page=1&page=2', `?search=${'s'.repeat(300)}`),
);
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary, weight: 1 });
const headerLines = fc.record({
  auth: fc.oneof(
    { arbitrary: fc.constant('admin'), weight: 6 },
    { arbitrary: fc.constantFrom('door', 'none', 'garbage', 'basic'), weight: 2 },
  ),
  contentType: fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 6 },
    {
      arbitrary: fc.constantFrom(
        'application/problem+json',
        'text/plain',
        'application/json; charset=latin1',
        'none',
        'multipart/form-data',
      ),
      weight: 1,
    },
  ),
  idempotencyKey: rarely(fc.oneof(printable, fc.constant(''), fc.constant('k'.repeat(4000)))),
  extra: rarely(
    fc.constantFrom('X-Bad: a\u0001b', `X-Big: ${'b'.repeat(17_000)}`, 'Transfer-Encoding: chunked'),
  ),
});

function authorization(kind: string): string | undefined {
  if (kind === 'admin') return `Bearer ${sandbox.adminToken}`;
  if (kind === 'door') return `Bearer ${sandbox.doorToken}`;
  if (kind === 'garbage') return 'Bearer not-a-token';
  if (kind === 'basic') return 'Basic YTpi';
  return undefined;
}

function requestText(
  operation: Operation,
  values: string[],
  query: string,
  headers: { auth: string; contentType: string; idempotencyKey?: string; extra?: string },
  payload: string,
): string {
  let index = 0;
  const path = operation.path.replace(/\{[^}]+\}/g, () => values[index++] ?? '');
  const lines = [`${operation.method} /api${path}${query} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  const auth = authorization(headers.auth);
  if (auth) lines.push(`Authorization: ${auth}`);
  if (headers.contentType !== 'none') lines.push(`Content-Type: ${headers.contentType}`);
  if (headers.idempotencyKey !== undefined) lines.push(`Idempotency-Key: ${headers.idempotencyKey}`);
  if (headers.extra) lines.push(headers.extra);
  if (operation.method !== 'GET') lines.push(`Content-Length: ${Buffer.byteLength(payload)}`);
  return `${lines.join('\r\n')}\r\n\r\n${operation.method === 'GET' ? '' : payload}`;
}

function checkAnswer(answer: RawAnswer, label: string): void {
  expect(answer.status, label).toBeGreaterThanOrEqual(200);
  expect(answer.status, `${label}: ${answer.body}`).toBeLessThan(500);
  expect(answer.headers['content-security-policy'], label).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options'], label).toBe('nosniff');
  if (answer.status < 400) return;
  expect(answer.headers['content-type'], label).toContain('application/problem+json');
  const problem = JSON.parse(answer.body) as Record<string, unknown>;
  expect(problem.status, label).toBe(answer.status);
  expect(typeof problem.title, label).toBe('string');
  expect(typeof problem.detail, label).toBe('string');
  if (answer.status === 400) expect(typeof problem.errors, label).toBe('object');
  if (answer.status === 429) expect(answer.headers['retry-after'], label).toMatch(/^\d+$/);
}

it('answers every malformed request to every operation without a 5xx, always as a problem', async () => {
  const all = operations();
  expect(all.length).toBeGreaterThanOrEqual(18);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...all),
      fc.array(pathValue, { minLength: 2, maxLength: 2 }),
      queryText,
      headerLines,
      body,
      async (operation, values, query, headers, payload) => {
        const text = requestText(operation, values, query, headers, payload);
        checkAnswer(await rawRequest(port, text), `${operation.method} ${operation.path}`);
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  const health = await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(health.status).toBe(200);
  const tenant = await sandbox.call('GET', '/api/tenant');
  expect(tenant.status).toBe(200);
}, 120_000);
