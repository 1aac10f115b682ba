import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayRig, type Device, type RelayRig } from './relay-harness.ts';

let rig: RelayRig;
let doorA: Device;
let doorB: Device;

async function openEvent(name: string, tickets = 1) {
  const { eventId, ticketTypeId } = await rig.direct.openEvent({ name });
  const bought = await rig.direct.purchase(eventId, ticketTypeId, tickets, `${name} guest`);
  return { eventId, orderId: bought.orderId, tokens: bought.tickets.map((t) => t.token) };
}

async function redemptions(eventId: string) {
  const audit = await rig.direct.scanAudit(eventId);
  return audit.filter((entry) => entry.outcome === 'Redeemed');
}

async function replayed(): Promise<boolean> {
  const status = await rig.call(doorA, 'GET', '/_relay/status');
  return status.body.upstream.state === 'up' && status.body.replay.waiting === 0;
}

beforeAll(async () => {
  rig = await startRelayRig();
  // Two phones sharing the venue's door sign-in, as venues do.
  doorA = { id: 'device-a', name: 'Phone at North', token: rig.sandbox.doorToken };
  doorB = { id: 'device-b', name: 'Tablet at South', token: rig.sandbox.doorToken };
  expect((await rig.call(doorA, 'GET', '/tenant')).status).toBe(200);
  expect((await rig.call(doorB, 'GET', '/tenant')).status).toBe(200);
});

afterAll(async () => {
  await rig.close();
});

describe('pass-through', () => {
  it("answers with upstream's answer, unchanged, using the device's own token", async () => {
    const viaRelay = await rig.call(doorA, 'GET', '/tenant');
    const direct = await fetch(`${rig.sandbox.apiUrl}/tenant`, {
      headers: { authorization: `Bearer ${rig.sandbox.doorToken}` },
    });
    expect(viaRelay.status).toBe(200);
    expect(viaRelay.body).toEqual(await direct.json());
    expect(viaRelay.body.currentUser.role).toBe('Door');
    expect(viaRelay.headers.get('caldasa-relay-decision')).toBe('upstream');
  });

  it("passes upstream's refusals through: an unknown token gets upstream's 401, a door token upstream's 403", async () => {
    const stranger = { id: 'stranger', name: 'Unknown', token: 'not-a-real-token' };
    const unknown = await rig.call(stranger, 'GET', '/tenant');
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toMatch(/not known to this tenant/);
    const forbidden = await rig.call(doorA, 'POST', '/events', { name: 'x' });
    expect(forbidden.status).toBe(403);
  });
});

describe('while upstream is unreachable', () => {
  it('answers the tenant, events, event detail and ticket types from the cache, saying cached and from when', async () => {
    const { eventId } = await openEvent('Cache night');
    const paths = ['/tenant', '/events?pageSize=50', `/events/${eventId}`, `/events/${eventId}/ticket-types`];
    const online = await Promise.all(paths.map((path) => rig.call(doorA, 'GET', path)));
    rig.proxy.cut();
    try {
      for (const [index, path] of paths.entries()) {
        const cached = await rig.call(doorA, 'GET', path);
        expect(cached.status, path).toBe(200);
        expect(cached.body, path).toEqual(online[index]!.body);
        expect(cached.headers.get('caldasa-relay-cache')).toBe('cached');
        expect(Date.parse(cached.headers.get('caldasa-relay-cached-at') ?? '')).toBeLessThanOrEqual(
          Date.now(),
        );
      }
      const notCached = await rig.call(doorA, 'GET', `/events/${eventId}/sales-report`);
      expect(notCached.status).toBe(503);
      expect(notCached.body.detail).toMatch(/cannot be reached/);
      // The relay is still deciding redeems: a door must not hold its next scan back for this read.
      expect(notCached.headers.get('retry-after')).toBeNull();
    } finally {
      rig.proxy.restore();
    }
    await rig.until(replayed, 'upstream back');
  });

  it('accepts only sign-ins it has seen accepted; a new one gets a 401 that says why', async () => {
    const fresh = await rig.direct.createToken('Door', 'Late phone');
    rig.proxy.cut();
    try {
      const answer = await rig.call({ id: 'late', name: 'Late phone', token: fresh.token }, 'GET', '/tenant');
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
      expect(answer.body.detail).toMatch(/cannot check it offline/);
      expect((await rig.call(doorA, 'GET', '/tenant')).status).toBe(200);
    } finally {
      rig.proxy.restore();
    }
    await rig.until(replayed, 'upstream back');
  });

  it('admits a ticket once for the venue: door B is told at once that door A let it in', async () => {
    const { eventId, tokens } = await openEvent('Outage night');
    rig.proxy.cut();
    const first = await rig.redeem(doorA, eventId, tokens[0]!, 'North');
    const second = await rig.redeem(doorB, eventId, tokens[0]!, 'South');
    rig.proxy.restore();
    expect(first.body.outcome).toBe('AcceptedOffline');
    expect(first.body.message).toMatch(/First scan at this venue — not verified/);
    expect(first.headers.get('caldasa-relay-decision')).toBe('relay');
    expect(second.body).toMatchObject({
      outcome: 'AlreadyRedeemed',
      previouslyRedeemedAtDoor: 'North',
      previouslyRedeemedByDeviceId: 'device-a',
      previouslyRedeemedByDeviceName: 'Phone at North',
      previouslyRedeemedByUserId: (await rig.call(doorA, 'GET', '/tenant')).body.currentUser.id,
    });
    expect(Date.parse(second.body.previouslyRedeemedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('of 50 concurrent offline redeems of one ticket from ten devices, exactly one is accepted', async () => {
    const { eventId, tokens } = await openEvent('Crowd night');
    rig.proxy.cut();
    const devices = Array.from({ length: 10 }, (_, i) => ({
      ...doorA,
      id: `crowd-${i}`,
      name: `Crowd ${i}`,
    }));
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        rig.redeem(devices[i % 10]!, eventId, tokens[0]!, `Door ${i % 4}`),
      ),
    );
    rig.proxy.restore();
    const outcomes = answers.map((answer) => answer.body.outcome);
    expect(outcomes.filter((o) => o === 'AcceptedOffline')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'AlreadyRedeemed')).toHaveLength(49);
    await rig.until(replayed, 'replay');
    expect(await redemptions(eventId)).toHaveLength(1);
  });

  it('replays each offline scan once, in scan order, with the original time, door and device in the notes', async () => {
    const { eventId, tokens } = await openEvent('Replay night', 3);
    rig.proxy.cut();
    const before = Date.now();
    for (const token of tokens)
      expect((await rig.redeem(doorA, eventId, token, 'North')).body.outcome).toBe('AcceptedOffline');
    const waiting = await rig.call(doorA, 'GET', '/_relay/status');
    expect(waiting.body.upstream.state).toBe('down');
    expect(waiting.body.replay.waiting).toBe(3);
    rig.proxy.restore();
    await rig.until(replayed, 'replay');
    const audit = await redemptions(eventId);
    expect(audit).toHaveLength(3);
    const scannedTimes = audit.map(
      (entry) =>
        /^Scanned (\S+) at North on Phone at North, through the venue relay$/.exec(entry.notes ?? '')?.[1],
    );
    for (const time of scannedTimes) expect(Date.parse(time ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect([...scannedTimes].sort()).toEqual(scannedTimes);
    expect(audit.map((entry) => entry.door)).toEqual(['North', 'North', 'North']);
    const again = await rig.redeem(doorB, eventId, tokens[0]!, 'South');
    expect(again.headers.get('caldasa-relay-decision')).toBe('upstream');
    expect(again.body.outcome).toBe('AlreadyRedeemed');
  });

  it('ends a scan redeemed elsewhere meanwhile as a conflict, and a cancelled one as refused after entry, with both sides', async () => {
    const { eventId, tokens } = await openEvent('Conflict night', 1);
    const second = await rig.direct.purchase(
      eventId,
      (await rig.direct.addTicketType(eventId)).id,
      1,
      'Cancelled guest',
    );
    tokens.push(second.tickets[0]!.token);
    rig.proxy.cut();
    expect((await rig.redeem(doorA, eventId, tokens[0]!, 'North')).body.outcome).toBe('AcceptedOffline');
    expect((await rig.redeem(doorB, eventId, tokens[1]!, 'South')).body.outcome).toBe('AcceptedOffline');
    // Outside the relay: another entrance on its own connection redeems the first, and the box office
    // cancels the second's order.
    const other = await rig.direct.createToken('Door', 'Side entrance');
    await rig.direct.redeem(other.token, { bookableEventId: eventId, token: tokens[0]!, door: 'Side' });
    await rig.direct.cancelOrder(eventId, second.orderId);
    rig.proxy.restore();
    await rig.until(replayed, 'replay');
    const status = await rig.call(doorA, 'GET', '/_relay/status');
    const problems = status.body.problems.filter((p: { eventId: string }) => p.eventId === eventId);
    const conflict = problems.find((p: { state: string }) => p.state === 'conflict');
    expect(conflict).toMatchObject({
      outcome: 'AlreadyRedeemed',
      venue: { door: 'North', deviceName: 'Phone at North' },
      upstream: { door: 'Side' },
    });
    expect(problems.find((p: { state: string }) => p.state === 'refused-after-entry')).toMatchObject({
      outcome: 'Cancelled',
      venue: { door: 'South', deviceName: 'Tablet at South', deviceId: 'device-b' },
    });
  });

  it('answers a repeat with the same Idempotency-Key with the first answer, and a reused key with another body with 422', async () => {
    const { eventId, tokens } = await openEvent('Key night', 2);
    rig.proxy.cut();
    const key = { 'idempotency-key': 'device-a-scan-1' };
    const first = await rig.redeem(doorA, eventId, tokens[0]!, 'North', key);
    const repeat = await rig.redeem(doorA, eventId, tokens[0]!, 'North', key);
    const reused = await rig.redeem(doorA, eventId, tokens[1]!, 'North', key);
    rig.proxy.restore();
    expect(first.body.outcome).toBe('AcceptedOffline');
    expect(repeat.body).toEqual(first.body);
    expect(reused.status).toBe(422);
    await rig.until(replayed, 'replay');
    expect(await redemptions(eventId)).toHaveLength(1);
  });

  it('refuses an unreadable redeem body offline with a 400 that says what to send', async () => {
    rig.proxy.cut();
    const answer = await rig.call(doorA, 'POST', '/tickets/redeem', { token: 'x' });
    rig.proxy.restore();
    expect(answer.status).toBe(400);
    expect(answer.body.errors.body[0]).toMatch(/bookableEventId/);
    await rig.until(replayed, 'upstream back');
  });
});

describe("the door lead's status", () => {
  it('lists the devices seen with their door and last contact, and scans per door in the last 15 minutes', async () => {
    const { eventId, tokens } = await openEvent('Status night', 2);
    await rig.redeem(doorA, eventId, tokens[0]!, 'North');
    await rig.redeem(doorB, eventId, tokens[1]!, 'South');
    const status = await rig.call(doorA, 'GET', '/_relay/status');
    expect(status.status).toBe(200);
    const devices = status.body.devices.map((d: { deviceId: string; door: string }) => [d.deviceId, d.door]);
    expect(devices).toEqual(
      expect.arrayContaining([
        ['device-a', 'North'],
        ['device-b', 'South'],
      ]),
    );
    const north = status.body.doors.find((d: { door: string }) => d.door === 'North');
    expect(north.scans).toBeGreaterThanOrEqual(1);
    expect(north.admitted).toBeGreaterThanOrEqual(1);
  });

  it('exports every scan as CSV with device, door, decision and replay result', async () => {
    const csv = await rig.call(doorA, 'GET', '/_relay/scans.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = String(csv.body).trim().split('\r\n');
    expect(lines[0]).toBe(
      'scannedAt,eventId,door,deviceId,deviceName,signIn,decidedBy,state,answer,holderName,replayOutcome,replayedAt,firstElsewhereAt,firstElsewhereDoor,lastError,scanId',
    );
    expect(
      lines.some((line) => line.includes(',Tablet at South,') && line.includes(',conflict,') === false),
    ).toBe(true);
    expect(lines.some((line) => line.includes(',relay,confirmed,AcceptedOffline,'))).toBe(true);
  });

  it('is only for sign-ins the relay knows', async () => {
    expect((await rig.call(null, 'GET', '/_relay/status')).status).toBe(401);
    const stranger = { id: 'x', name: 'x', token: 'nope' };
    expect((await rig.call(stranger, 'GET', '/_relay/scans.csv')).status).toBe(401);
  });
});

describe("a client's Idempotency-Key probe", () => {
  const probe = (notes: string, eventId: string) => ({
    bookableEventId: eventId,
    token: `probe-${notes.length}`,
    notes: `Caldasa Door: checking whether this server honours Idempotency-Key. Not a ticket.${notes}`,
  });

  it('is passed to upstream untouched online, and never decided or counted by the relay offline', async () => {
    const { eventId } = await openEvent('Probe night');
    const key = { 'idempotency-key': 'probe-key-1' };
    const first = await rig.call(doorA, 'POST', '/tickets/redeem', probe('', eventId), key);
    const second = await rig.call(doorA, 'POST', '/tickets/redeem', probe(' again', eventId), key);
    expect(first.body.outcome).toBe('NotFound');
    expect(second.status).toBe(422);
    rig.proxy.cut();
    const offline = await rig.call(doorA, 'POST', '/tickets/redeem', probe(' offline', eventId), {
      'idempotency-key': 'probe-key-2',
    });
    rig.proxy.restore();
    expect(offline.status).toBe(503);
    expect(offline.headers.get('retry-after')).toBeNull();
    const csv = await rig.call(doorA, 'GET', '/_relay/scans.csv');
    expect(String(csv.body)).not.toContain(eventId);
    await rig.until(replayed, 'upstream back');
  });
});
