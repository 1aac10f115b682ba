import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, sha256 } from './auth.ts';
import { createTenant } from './domain/tenant.ts';
import { createTestSandbox, eventFields, type TestSandbox } from './test-support/harness.ts';

let sandbox: TestSandbox;
let eventId: string;
let ticketTypeId: string;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  ({ eventId, ticketTypeId } = await sandbox.publishedEvent());
});
afterAll(() => sandbox.close());

const redeem = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  sandbox.call('POST', '/api/tickets/redeem', { token: sandbox.doorToken, body, headers });

const audit = async (id: string) =>
  (await sandbox.call('GET', `/api/_sandbox/audit?eventId=${id}`)).body.items;

describe('redeeming a ticket', () => {
  it('admits a valid ticket once and says who redeemed it first on a rescan', async () => {
    const [token] = await sandbox.buy(eventId, ticketTypeId, 1, 'Ada Lovelace');
    const first = await redeem({ bookableEventId: eventId, token, door: 'Door B' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'Redeemed',
      holderName: 'Ada Lovelace',
      ticketTypeName: 'GA',
    });

    const again = await redeem({ bookableEventId: eventId, token, door: 'Door A' });
    expect(again.body.outcome).toBe('AlreadyRedeemed');
    expect(again.body.previouslyRedeemedAtDoor).toBe('Door B');
    expect(again.body.previouslyRedeemedByUserId).toBe(sandbox.doorUserId);
    expect(again.body.previouslyRedeemedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(again.body.message).toContain('Door B');
    expect(again.body.message).toContain('Dora at the door');
  });

  it('answers NotFound for an unknown token', async () => {
    const result = await redeem({ bookableEventId: eventId, token: 'no-such-ticket' });
    expect(result.body).toMatchObject({ outcome: 'NotFound', ticketId: null });
  });

  it('answers WrongEvent for a ticket of another event of the tenant', async () => {
    const other = await sandbox.publishedEvent({ name: 'Other night' });
    const [token] = await sandbox.buy(other.eventId, other.ticketTypeId);
    const result = await redeem({ bookableEventId: eventId, token });
    expect(result.body.outcome).toBe('WrongEvent');
    expect(result.body.message).toContain('Other night');
  });

  it("answers NotFound for another tenant's ticket, never naming its event", async () => {
    const [token] = await sandbox.buy(eventId, ticketTypeId, 1, 'Tenant One Guest');
    const other = createTenant(sandbox.db, {
      name: 'Other Venue',
      timeZone: 'Europe/London',
      currency: 'GBP',
      doorsOpenGraceMinutes: 30,
    });
    const admin = issueToken(sandbox.db, other.id, 'Admin', 'Other admin').token;
    const door = issueToken(sandbox.db, other.id, 'Door', 'Other door').token;
    const event = await sandbox.call('POST', '/api/events', { token: admin, body: eventFields() });
    await sandbox.call('POST', `/api/events/${event.body.id}/ticket-types`, {
      token: admin,
      body: { name: 'GA', price: 5, quantity: 10 },
    });
    await sandbox.call('POST', `/api/events/${event.body.id}/publish`, { token: admin });
    const result = await sandbox.call('POST', '/api/tickets/redeem', {
      token: door,
      body: { bookableEventId: event.body.id, token },
    });
    expect(result.body).toMatchObject({ outcome: 'NotFound', ticketId: null, holderName: null });
    expect((await redeem({ bookableEventId: eventId, token })).body.outcome).toBe('Redeemed');
  });

  it('answers Cancelled for a ticket whose order was cancelled', async () => {
    const purchase = await sandbox.call('POST', '/api/_sandbox/purchases', {
      body: {
        eventId,
        ticketTypeId,
        quantity: 2,
        customerName: 'Cy Cancel',
        customerEmail: 'cy@example.com',
      },
    });
    await sandbox.call('POST', `/api/events/${eventId}/ticket-orders/${purchase.body.orderId}/cancel`, {
      body: { reason: 'Refund' },
    });
    const result = await redeem({ bookableEventId: eventId, token: purchase.body.tickets[1].token });
    expect(result.body.outcome).toBe('Cancelled');
  });

  it('answers DoorsNotOpen before doors open minus the grace period, saying when they open', async () => {
    const later = await sandbox.publishedEvent({ ...eventFields(2), name: 'Later' });
    const [token] = await sandbox.buy(later.eventId, later.ticketTypeId);
    const result = await redeem({ bookableEventId: later.eventId, token });
    expect(result.body.outcome).toBe('DoorsNotOpen');
    expect(result.body.message).toMatch(/Doors open .*Europe\/Amsterdam.*admitted from/);
  });

  it('admits within the grace period before doors open', async () => {
    const soon = await sandbox.publishedEvent({ ...eventFields(0.25), name: 'Soon' });
    const [token] = await sandbox.buy(soon.eventId, soon.ticketTypeId);
    expect((await redeem({ bookableEventId: soon.eventId, token })).body.outcome).toBe('Redeemed');
  });

  it('lets override bypass the doors-open check and nothing else', async () => {
    const later = await sandbox.publishedEvent({ ...eventFields(3), name: 'VIP early' });
    const [token, other] = await sandbox.buy(later.eventId, later.ticketTypeId, 2);
    const vip = await redeem({ bookableEventId: later.eventId, token, override: true, notes: 'Band guest' });
    expect(vip.body.outcome).toBe('Redeemed');
    const rescan = await redeem({ bookableEventId: later.eventId, token, override: true });
    expect(rescan.body.outcome).toBe('AlreadyRedeemed');
    const wrong = await redeem({ bookableEventId: eventId, token: other, override: true });
    expect(wrong.body.outcome).toBe('WrongEvent');
    const rows = await audit(later.eventId);
    expect(rows[0]).toMatchObject({ override: true, notes: 'Band guest', outcome: 'Redeemed' });
  });

  it('refuses a draft event and a cancelled event with 409, and an unknown event with 404', async () => {
    const draft = await sandbox.call('POST', '/api/events', { body: eventFields() });
    const draftResult = await redeem({ bookableEventId: draft.body.id, token: 'x' });
    expect(draftResult.status).toBe(409);
    expect(draftResult.body.detail).toContain('Draft');

    const cancelled = await sandbox.publishedEvent({ name: 'Called off' });
    await sandbox.call('POST', `/api/events/${cancelled.eventId}/cancel`);
    expect((await redeem({ bookableEventId: cancelled.eventId, token: 'x' })).status).toBe(409);

    const unknown = await redeem({ bookableEventId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', token: 'x' });
    expect(unknown.status).toBe(404);
  });

  it('writes one audit row per attempt with a hash of the token, never the token', async () => {
    const fresh = await sandbox.publishedEvent({ name: 'Audited' });
    const [token] = await sandbox.buy(fresh.eventId, fresh.ticketTypeId);
    await redeem({ bookableEventId: fresh.eventId, token, door: 'North' });
    await redeem({ bookableEventId: fresh.eventId, token, door: 'South' });
    await redeem({ bookableEventId: fresh.eventId, token: 'unknown-token' });
    const rows = await audit(fresh.eventId);
    expect(rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'Redeemed',
      'AlreadyRedeemed',
      'NotFound',
    ]);
    expect(rows[0]).toMatchObject({ tokenHash: sha256(token!), door: 'North', userId: sandbox.doorUserId });
    expect(rows[2].ticketId).toBeNull();
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer for a repeat, without a new audit row', async () => {
    const fresh = await sandbox.publishedEvent({ name: 'Idempotent' });
    const [token] = await sandbox.buy(fresh.eventId, fresh.ticketTypeId);
    const body = { bookableEventId: fresh.eventId, token, door: 'A' };
    const first = await redeem(body, { 'idempotency-key': 'scan-1' });
    const repeat = await redeem(body, { 'idempotency-key': 'scan-1' });
    expect(first.body.outcome).toBe('Redeemed');
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(await audit(fresh.eventId)).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422', async () => {
    const fresh = await sandbox.publishedEvent({ name: 'Key reuse' });
    const [a, b] = await sandbox.buy(fresh.eventId, fresh.ticketTypeId, 2);
    await redeem({ bookableEventId: fresh.eventId, token: a }, { 'idempotency-key': 'scan-2' });
    const reused = await redeem(
      { bookableEventId: fresh.eventId, token: b },
      { 'idempotency-key': 'scan-2' },
    );
    expect(reused.status).toBe(422);
    expect(reused.body.detail).toContain('different request body');
  });

  it('scopes keys per API token', async () => {
    const fresh = await sandbox.publishedEvent({ name: 'Two devices' });
    const [token] = await sandbox.buy(fresh.eventId, fresh.ticketTypeId);
    const second = await sandbox.call('POST', '/api/_sandbox/tokens', {
      body: { role: 'Door', displayName: 'Door 2' },
    });
    const body = { bookableEventId: fresh.eventId, token };
    await redeem(body, { 'idempotency-key': 'same' });
    const other = await sandbox.call('POST', '/api/tickets/redeem', {
      token: second.body.token,
      body,
      headers: { 'idempotency-key': 'same' },
    });
    expect(other.body.outcome).toBe('AlreadyRedeemed');
    expect(await audit(fresh.eventId)).toHaveLength(2);
  });
});
