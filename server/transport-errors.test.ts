import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';
import { rawRequest, type RawAnswer } from './test-support/raw-http.ts';

let sandbox: TestSandbox;
let port: number;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  await sandbox.app.listen({ port: 0, host: '127.0.0.1' });
  port = (sandbox.app.server.address() as AddressInfo).port;
});
afterAll(() => sandbox.close());

const get = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${sandbox.adminToken}\r\n${extra}\r\n`;

function expectProblem(answer: RawAnswer, status: number): Record<string, unknown> {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('answers given before any route are problems with the security headers', () => {
  it('answers 400 for a bad percent-encoding in the path', async () => {
    const body = expectProblem(await rawRequest(port, get('/api/events/%E0%A4%A')), 400);
    expect(String(body.detail)).toContain('percent-encoding');
    expect(body.errors).toHaveProperty('path');
  });

  it('answers 414 for a path parameter over 100 characters', async () => {
    const body = expectProblem(await rawRequest(port, get(`/api/events/${'a'.repeat(101)}`)), 414);
    expect(String(body.detail)).toContain('100 characters');
  });

  it('answers 431 for headers over 16 KB', async () => {
    const body = expectProblem(
      await rawRequest(port, get('/api/tenant', `X-Big: ${'b'.repeat(17_000)}\r\n`)),
      431,
    );
    expect(String(body.detail)).toContain('16 KB');
  });

  it.each([
    ['a control character in a header', () => get('/api/tenant', 'X-Bad: a\u0001b\r\n')],
    [
      'bad chunking',
      () => 'POST /api/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ],
    ['an unknown method', () => 'FROB /api/tenant HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a request line that is not HTTP', () => 'hello there\r\n\r\n'],
  ])('answers 400 for %s', async (_name, request) => {
    const body = expectProblem(await rawRequest(port, request()), 400);
    expect(body.errors).toHaveProperty('request');
  });

  it('still answers normally afterwards', async () => {
    expect((await rawRequest(port, get('/healthz'))).status).toBe(200);
  });
});
