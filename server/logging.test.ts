import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

const lines: string[] = [];
let sandbox: TestSandbox;
beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  sandbox = await createTestSandbox({ log: { level: 'trace', stream } });
});
afterAll(() => sandbox.close());

it('never writes API or ticket tokens to the log', async () => {
  const { eventId, ticketTypeId } = await sandbox.publishedEvent();
  const [ticket] = await sandbox.buy(eventId, ticketTypeId);
  const redeem = { bookableEventId: eventId, token: ticket };
  await sandbox.call('POST', '/api/tickets/redeem', { token: sandbox.doorToken, body: redeem });
  await sandbox.call('POST', '/api/tickets/redeem', {
    token: sandbox.doorToken,
    body: { ...redeem, extra: ticket },
  });
  await sandbox.call('POST', '/api/tickets/redeem', {
    token: sandbox.doorToken,
    payload: `{"token": "${ticket}"`,
  });
  await sandbox.call('POST', '/api/events', { body: eventFields(), token: sandbox.doorToken });
  await sandbox.call('GET', `/api/events/${eventId}/ticket-orders`);
  await sandbox.call('GET', '/api/tenant', { token: `${sandbox.adminToken}x` });

  const log = lines.join('');
  expect(log).toContain('request completed');
  expect(log).toContain('"statusCode":403');
  for (const secret of [sandbox.adminToken, sandbox.doorToken, ticket!]) expect(log).not.toContain(secret);
  expect(log.toLowerCase()).not.toContain('bearer');
});

it('keeps order searches (names and emails) out of the request log', async () => {
  const { eventId } = await sandbox.publishedEvent();
  const before = lines.length;
  await sandbox.call('GET', `/api/events/${eventId}/ticket-orders?search=Grace%20Hopper&page=1`);
  await sandbox.call('GET', `/api/events/${eventId}/ticket-orders?pageSize=10&search=grace%40example.com`);
  const log = lines.slice(before).join('');
  expect(log).toContain('search=[redacted]');
  expect(log).toContain('page=1');
  expect(log.toLowerCase()).not.toContain('grace');
  expect(log.toLowerCase()).not.toContain('hopper');
});
