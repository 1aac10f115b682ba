import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
let baseUrl: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  baseUrl = await sandbox.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => sandbox.close());

it('gives exactly one Redeemed for 50 concurrent redeems of one token over real HTTP', async () => {
  const { eventId, ticketTypeId } = await sandbox.publishedEvent();
  const [token] = await sandbox.buy(eventId, ticketTypeId);
  const attempt = async (i: number) => {
    const response = await fetch(`${baseUrl}/api/tickets/redeem`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.doorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ bookableEventId: eventId, token, door: `Door ${i % 4}` }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { outcome: string }).outcome;
  };
  const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(i)));
  expect(outcomes.filter((o) => o === 'Redeemed')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'AlreadyRedeemed')).toHaveLength(49);
  const audit = await sandbox.call('GET', `/api/_sandbox/audit?eventId=${eventId}`);
  expect(audit.body.items).toHaveLength(50);
  expect(audit.body.items.filter((row: { outcome: string }) => row.outcome === 'Redeemed')).toHaveLength(1);
});

it('one failing redeem among concurrent ones undoes only itself: the others are answered and kept', async () => {
  const { eventId, ticketTypeId } = await sandbox.publishedEvent();
  const tokens = await sandbox.buy(eventId, ticketTypeId, 20);
  const send = (bookableEventId: string, token: string) =>
    fetch(`${baseUrl}/api/tickets/redeem`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.doorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ bookableEventId, token, door: 'Main' }),
    });
  // Sent at once, so they arrive in the same turn of the server's event loop and share one commit.
  const unknownEvent = '00000000-0000-4000-8000-000000000000';
  const responses = await Promise.all([
    ...tokens.slice(0, 10).map((token) => send(eventId, token)),
    send(unknownEvent, tokens[10]!),
    ...tokens.slice(11).map((token) => send(eventId, token)),
  ]);
  const statuses = responses.map((response) => response.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(19);
  expect(statuses[10]).toBe(404);
  const audit = await sandbox.call('GET', `/api/_sandbox/audit?eventId=${eventId}`);
  expect(audit.body.items.filter((row: { outcome: string }) => row.outcome === 'Redeemed')).toHaveLength(19);
  const again = await send(eventId, tokens[10]!);
  expect(((await again.json()) as { outcome: string }).outcome).toBe('Redeemed');
});
